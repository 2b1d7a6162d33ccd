# A slim image: the bot and its dependencies at the versions CI tested, run as a non-root
# user, with its database (and backups) in the /data volume.
#   docker build -t interview-bot .
#   docker run -d --name interview-bot --env-file .env -v interview-bot-data:/data interview-bot
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml constraints.txt README.md LICENSE ./
COPY bot ./bot
RUN pip install --no-cache-dir --root-user-action=ignore --prefix=/install \
        -c constraints.txt .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin bot \
    && mkdir -p /data && chown bot:bot /data && chmod 0700 /data
COPY --from=build /install /usr/local
ENV PYTHONUNBUFFERED=1 \
    DATABASE_PATH=/data/bot.sqlite3 \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8080 \
    MPLCONFIGDIR=/tmp/matplotlib
USER bot
WORKDIR /data
VOLUME ["/data"]
# Webhook mode only (WEBHOOK_URL set): put nginx or another TLS proxy in front.
EXPOSE 8080
# Polling: the bot holds its database lock and the file answers; webhook: GET /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["interview-bot", "health"]
# SIGTERM stops it within 4 s (inside Docker's 10 s grace).
STOPSIGNAL SIGTERM
CMD ["interview-bot", "run"]
