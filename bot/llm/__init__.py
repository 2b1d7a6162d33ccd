"""The optional generative persona and voice notes, through any OpenAI-compatible server.

Off unless LLM_BASE_URL and LLM_MODEL (or TRANSCRIBE_*) are set; then nothing else changes
for the bot: the bank persona's words are the fallback for every generated reply, and our
own rules still write every coaching note and the scorecard. `prompts` builds and checks
text (pure), `client` is the only module that imports `openai` (lazily), `service` adds
the daily cap, the bound on requests in flight and the fallback, and `fill` puts a
generated text where the bank's stood. No module here imports python-telegram-bot.
"""
