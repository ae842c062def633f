"""`memo.Memo`: results kept by their arguments as `functools.lru_cache` keeps them, and results made elsewhere
given for a context (a task or a thread) alone."""

from __future__ import annotations

import asyncio
import threading

from summarise.memo import Memo


def test_memo_keeps_the_last_results_by_their_arguments() -> None:
    calls: list[int] = []

    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    kept = Memo(double, 2)
    assert [kept(1), kept(2), kept(1), kept(3), kept(2)] == [2, 4, 2, 6, 4]
    assert calls == [1, 2, 3, 2]  # 1 was asked again before 3 came, so 2 was the one let go
    kept.cache_clear()
    kept(1)
    assert calls[-1] == 1
    nothing = Memo(double, 0)
    nothing(5), nothing(5)
    assert calls[-2:] == [5, 5]


def test_a_given_result_holds_within_its_context_and_only_there() -> None:
    kept = Memo(lambda n: 2 * n, 0)
    seen: list[int] = []
    with kept.given(100, 1):
        assert kept(1) == 100 and kept(2) == 4
        other = threading.Thread(target=lambda: seen.append(kept(1)))
        other.start()
        other.join()
    assert seen == [2]  # another thread sees the function's own result
    assert kept(1) == 2

    async def article(n: int) -> int:
        with kept.given(n * 10, 1):
            await asyncio.sleep(0)
            return kept(1)

    async def both() -> list[int]:
        return list(await asyncio.gather(article(3), article(4)))

    assert asyncio.run(both()) == [30, 40]  # two articles in flight each find their own
