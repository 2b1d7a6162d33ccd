import asyncio
import contextlib

from telegram import Chat, Message, Update, User

from bot.telegram.update_processor import PerUserUpdateProcessor


def update(update_id: int, user_id: int) -> Update:
    user = User(user_id, "U", False)
    msg = Message(update_id, None, Chat(user_id, "private"), from_user=user, text="x")
    return Update(update_id, message=msg)


async def test_one_users_updates_run_in_order_while_users_run_concurrently():
    proc = PerUserUpdateProcessor(64)
    log: list[tuple[int, str]] = []
    gate = asyncio.Event()

    async def work(uid: int, n: int, wait: bool) -> None:
        log.append((uid, f"start{n}"))
        if wait:
            await gate.wait()
        log.append((uid, f"end{n}"))

    tasks = [
        asyncio.create_task(proc.process_update(update(1, 1), work(1, 1, True))),
        asyncio.create_task(proc.process_update(update(2, 1), work(1, 2, False))),
        asyncio.create_task(proc.process_update(update(3, 2), work(2, 1, False))),
    ]
    for _ in range(5):
        await asyncio.sleep(0)
    # user 2 finished although user 1's first update is still blocked; user 1's second waits
    assert (2, "end1") in log
    assert (1, "start2") not in log
    gate.set()
    await asyncio.gather(*tasks)
    user1 = [e for u, e in log if u == 1]
    assert user1 == ["start1", "end1", "start2", "end2"]
    assert proc.tracked_users == 0  # no lock outlives its user's updates


async def test_a_failing_update_releases_the_lock():
    proc = PerUserUpdateProcessor(8)

    async def boom() -> None:
        raise ValueError("x")

    async def fine() -> str:
        return "ok"

    with contextlib.suppress(ValueError):
        await proc.process_update(update(1, 9), boom())
    await proc.process_update(update(2, 9), fine())
    assert proc.tracked_users == 0


async def test_one_users_flood_does_not_hold_the_slots_another_user_needs():
    # 4 global slots; user 1 queues 10 updates whose first blocks. PTB's order (slot, then
    # the user's lock) let user 1's waiting updates take every slot, so user 2 waited for
    # user 1's whole backlog; with the user's lock first, user 1 holds one slot at most.
    proc = PerUserUpdateProcessor(4)
    gate = asyncio.Event()
    done: list[int] = []

    async def work(uid: int, blocked: bool) -> None:
        if blocked:
            await gate.wait()
        done.append(uid)

    flood = [asyncio.create_task(proc.process_update(update(i, 1), work(1, i == 0)))
             for i in range(10)]
    other = asyncio.create_task(proc.process_update(update(99, 2), work(2, False)))
    for _ in range(10):
        await asyncio.sleep(0)
    assert other.done() and done == [2]
    assert proc.current_concurrent_updates == 1  # only the flooding user's running update
    gate.set()
    await asyncio.gather(*flood)
    assert done == [2] + [1] * 10 and proc.tracked_users == 0
