"""Work on a big site shared by several processes: parsing a big .bib, rendering and writing pages.

`os.fork` gives each worker a copy-on-write view of everything loaded so far, so only the
results travel back (pickled: for rendering, just the paths written). The items are cut into
batches of neighbours (work that shares what it computes, such as the publication lists, can be
one batch) and every process claims the next batch from a pipe pre-filled with the batch
numbers, so a process held up by a 50 MB page does not hold the others up. A worker's error
comes back to the parent and is raised there: the build fails as it would in one process. A
worker dies with its parent, so a killed build leaves no process writing into its staging folder.
`Meanwhile` runs one task beside the caller the same way (the site's profiles, while the
publications are made), and `computed_ahead` a sequence of work whose results the caller uses in
order as they come (a big .bib parsed while the entries parsed so far are made into publications;
when the caller falls behind, the worker takes on part of its work too).

Used only by one-off builds on systems with fork and more than one core, for work big enough to
pay for the fork; the output is byte-identical to a build in one process (tested).
"""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import queue
import select
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO, Generic, Protocol, TypeVar

from sitegen.errors import SitegenError

T = TypeVar("T")
R = TypeVar("R")
R_in = TypeVar("R_in", contravariant=True)
BATCH = 16  # items per claim: small enough to balance, big enough to keep neighbours together
_CLAIM = struct.Struct("=I")
_TAKEN = struct.Struct("=Q")  # how many results of computed_ahead the caller took (shared memory)
_MAX_CLAIMS = 8192  # the claims must fit in a pipe's buffer (64 KiB on Linux) before anyone reads
_ENDING: set[int] = set()  # workers that answered but had not ended yet (see _reap_later)
_FINISHING: list[tuple[int, BinaryIO]] = []  # workers whose results were all taken, still at work (see finish_later_work)


def available_jobs() -> int:
    """How many processes may render: the cores this process may use, where fork exists."""
    if not hasattr(os, "fork"):
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def map_shared(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    together: int = 0,
    together_here: bool = False,
    thaw: bool = True,
) -> list[R]:
    """`[work(item) for item in items]`, spread over `jobs` processes (results come back pickled).

    The first `together` items are one batch, done by one process: work that shares what it
    computes (the publication lists and downloads share each entry's rendered item and CSL-JSON)
    is then done once, not once in every process; with `together_here`, by this one, which keeps
    what it computed. `progress(started, total)` hears of every item the parent starts: batches
    are claimed in order, so that is about how far the whole job has come. The heap is frozen
    meanwhile and, unless `thaw` is false, thawed again: the preview keeps its heap frozen
    between fresh builds (serve._settle_memory), and thawing it would have the collector walk it
    all (`gc.get_freeze_count()`, which would say whether it was, walks it too: 36 ms at 10,000
    entries).
    """
    bounds = _batches(len(items), together)
    claims_read, claims_write = os.pipe()
    os.write(claims_write, b"".join(_CLAIM.pack(number) for number in range(len(bounds) - 1)))  # fits a pipe
    os.close(claims_write)
    first = os.read(claims_read, _CLAIM.size) if together and together_here else b""  # taken before any worker starts
    gc.freeze()  # the collector would otherwise touch, and so copy, every object in every worker
    workers: list[tuple[int, int]] = []
    try:
        workers += [_start_worker(items, work, claims_read, bounds) for _ in range(jobs - 1)]
        done = _claim_and_work(items, work, claims_read, bounds, progress=progress, first=first)
    except BaseException:
        _stop(workers)  # before the caller cleans up what they are writing
        raise
    finally:
        os.close(claims_read)
        if thaw:
            gc.unfreeze()
    for number, (pid, results) in enumerate(workers):
        try:
            done += _collect(pid, results)
        except BaseException:
            _stop(workers[number + 1 :])
            raise
    done.sort(key=lambda batch: batch[0])
    return [result for _, results in done for result in results]


def _batches(total: int, together: int) -> list[int]:
    """Where each batch starts, and the end: the first `together` items, then batches of `size`
    (at most 8,191 of them, so that the claims fit in a pipe's buffer)."""
    together = min(together, total)
    size = max(BATCH, -(-(total - together) // (_MAX_CLAIMS - 1)))
    return [*([0] if together else []), *range(together, total, size), total]


AHEAD_BATCH = 64  # items per message of computed_ahead: the caller waits for the first one only
HELP_FROM = 4 * AHEAD_BATCH  # results the caller may lag behind before the worker helps it


class Helper(Protocol[R_in]):
    """Part of the caller's work on a result that the worker computing ahead does instead while
    the caller lags behind (`prepare`, in the worker), handed to the caller with the result
    (`receive`, in the caller, before it takes the result): both then finish at about the same time."""

    def prepare(self, result: R_in) -> object: ...

    def receive(self, prepared: object) -> None: ...


def computed_ahead(
    items: Sequence[T],
    work: Callable[[T], R],
    jobs: int,
    batch: int = AHEAD_BATCH,
    then: Callable[[list[R]], None] | None = None,
    helper: Helper[R] | None = None,
) -> Iterator[R]:
    """`work(item)` for each item in order, computed by a forked process ahead of the caller.

    The caller takes each result as it arrives, so what it does with one result overlaps the
    computing of the next ones (a big .bib: the publications of the entries parsed so far are
    made while the rest is parsed). When the caller is the slower one and lags more than
    `HELP_FROM` results behind, the worker also does the `helper`'s share of the caller's work for
    the next results (a big .bib: converting the abstracts' LaTeX). `then(results)` runs once all
    are computed, before the iteration ends: in the worker, after it sent the last one (storing
    them, while the caller is still busy with them). A worker's error is raised where its result
    would have come; a caller that stops early stops the worker. With one job, each result is
    computed when taken (and the caller does all of its work itself).
    """
    if jobs < 2:
        taken: list[R] = []
        for item in items:
            taken.append(work(item))
            yield taken[-1]
        if then is not None:
            then(taken)
        return

    counter = mmap.mmap(-1, _TAKEN.size)  # shared with the worker: how many results the caller took

    def compute(send: Callable[[object], None]) -> None:
        results: list[R] = []
        for start in range(0, len(items), batch):
            done = [work(item) for item in items[start : start + batch]]
            behind = start - _TAKEN.unpack_from(counter)[0] > HELP_FROM
            send((done, [helper.prepare(result) for result in done] if helper is not None and behind else None))
            results += done
        if then is not None:
            then(results)

    pid, pipe = _fork(compute)
    stream = os.fdopen(pipe, "rb")
    count = 0
    try:
        while (message := _receive(stream))[0] == "part":
            done, prepared = message[1]
            for number, result in enumerate(done):
                if prepared is not None:
                    helper.receive(prepared[number])  # type: ignore[union-attr]
                count += 1
                _TAKEN.pack_into(counter, 0, count)
                yield result
            if count == len(items) and then is not None:  # all taken: what is left, `then`, is the worker's
                _FINISHING.append((pid, stream))
                return
    except BaseException:
        _end(pid)  # before its pipe closes (see _stop)
        stream.close()
        raise
    finally:
        counter.close()
    stream.close()
    _end(pid)
    _answer(*message)


def finish_later_work() -> None:
    """Wait for what workers do after their last result (`computed_ahead`'s `then`: a big .bib
    stored for the next build) and raise its error. Their callers went on without waiting (at
    10,000 entries, storing takes 0.14 s of the build); a build waits for them before it ends."""
    while _FINISHING:
        pid, stream = _FINISHING.pop()
        try:
            message = _receive(stream)
        finally:
            stream.close()
            _reap_later(pid)
        _answer(*message)


class Meanwhile(Generic[R]):
    """`task` run in a forked process while the caller goes on; `result()` waits for its answer.

    The answer comes back pickled, and an error in the task is raised by `result()`, so the caller
    sees it where it would have in one process. With one job the task runs when asked for.
    """

    def __init__(self, task: Callable[[], R], jobs: int):
        self._task = task
        self._worker = _fork(lambda send: task()) if jobs > 1 else None
        self._answer: tuple[R] | BaseException | None = None  # the worker's, once received

    def result(self) -> R:
        """The task's answer (the same every time it is asked for), or its error raised."""
        if self._answer is None:
            if self._worker is None:
                return self._task()
            worker, self._worker = self._worker, None
            try:
                self._answer = (_collect(*worker),)
            except Exception as error:
                self._answer = error
        if isinstance(self._answer, BaseException):
            raise self._answer
        return self._answer[0]

    def ready(self) -> bool:
        """Whether the worker's answer has begun to arrive, so `result()` would not wait for the
        task (a task run in this process, with one job, is never ready before it is asked for)."""
        if self._answer is not None:
            return True
        return self._worker is not None and bool(select.select([self._worker[1]], [], [], 0)[0])

    def cancel(self) -> None:
        """Stop the task (the caller failed before it needed the answer)."""
        if self._worker is not None:
            _stop([self._worker])
            self._worker = None


def _stop(workers: list[tuple[int, int]]) -> None:
    """End workers whose answers are not wanted. Each is killed before its pipe is closed: closed
    first, a worker still writing its answer (a big one waits for the reader) would meet a broken
    pipe and could print that error on the user's terminal before the kill reached it."""
    for pid, results in workers:
        _end(pid)
        os.close(results)


def _end(pid: int) -> None:
    """Stop a worker (if it still runs) and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass


def _claim_and_work(
    items: Sequence[T],
    work: Callable[[T], R],
    claims: int,
    bounds: list[int],
    parent: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    first: bytes = b"",
) -> list[tuple[int, list[R]]]:
    """Claim batches until none is left (`first`: one claimed already); each batch's results
    with its first item's position."""
    done = []
    while claimed := first or os.read(claims, _CLAIM.size):
        first = b""
        if parent is not None and os.getppid() != parent:  # the build was killed: stop writing at once
            os._exit(1)
        (number,) = _CLAIM.unpack(claimed)
        start, end = bounds[number], bounds[number + 1]
        if progress is None:
            done.append((start, [work(item) for item in items[start:end]]))
            continue
        results = []
        for position in range(start, end):  # told item by item: the lists' batch is 900 pages
            progress(position, len(items))
            results.append(work(items[position]))
        done.append((start, results))
    return done


def _start_worker(items: Sequence[T], work: Callable[[T], R], claims: int, bounds: list[int]) -> tuple[int, int]:
    parent = os.getpid()
    return _fork(lambda send: _claim_and_work(items, work, claims, bounds, parent))


def _fork(compute: Callable[[Callable[[object], None]], object]) -> tuple[int, int]:
    """A forked process that runs `compute(send)`: each `send(part)` and then its answer go back
    pickled, one message after another (its pid, the pipe to read)."""
    _reap_ended()
    results_read, results_write = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        os.close(results_write)
        return pid, results_read
    status = 1
    try:  # the worker: never returns into the caller's code, whatever happens
        os.close(results_read)
        _die_with(parent)
        outbox = _Outbox(results_write)
        try:
            answer: tuple[str, object] = ("done", compute(lambda part: outbox.send(("part", part))))
            status = 0
        except SitegenError as error:
            answer = ("error", error)
        except BaseException as error:  # reported by the parent as an internal error
            answer = ("internal", f"{type(error).__name__}: {error}")
        outbox.send(answer)
        outbox.close()
    finally:
        os._exit(status)


class _Outbox:
    """A worker's messages, pickled as they are sent and written to the pipe by a thread.

    A pipe holds 64 KiB: written directly, a worker that computes ahead would wait whenever its
    reader is busy, and so stay only one message ahead (and start what it does after its last
    message late). The thread waits instead, while the worker goes on computing.
    """

    def __init__(self, pipe: int):
        self._pending: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._writer = threading.Thread(target=self._write, args=(pipe,), daemon=True)
        self._writer.start()

    def send(self, message: tuple[str, object]) -> None:
        self._pending.put(pickle.dumps(message))

    def close(self) -> None:
        """Wait until every message is written."""
        self._pending.put(None)
        self._writer.join()

    def _write(self, pipe: int) -> None:
        try:
            while (data := self._pending.get()) is not None:
                unwritten = memoryview(data)
                while unwritten:
                    unwritten = unwritten[os.write(pipe, unwritten) :]
        except BrokenPipeError:
            pass  # the parent stopped listening (its build failed, or it died): nothing to tell
        finally:
            os.close(pipe)


def _die_with(parent: int) -> None:
    """On Linux, ask the kernel to kill this worker when the parent dies (SIGKILL, say), so no
    orphan goes on writing into a staging folder the next build is deleting."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere the worker checks its parent between batches
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _collect(pid: int, results: int) -> Any:
    try:
        with os.fdopen(results, "rb") as stream:
            kind, value = _receive(stream)
    finally:
        _reap_later(pid)
    return _answer(kind, value)


def _reap_later(pid: int) -> None:
    """A worker that has answered still takes a while to end (unmapping its copy of a big heap:
    20 ms at 10,000 entries), and nothing needs to wait for that: it is reaped when the next
    worker starts, or by the system when this process ends."""
    _ENDING.add(pid)
    _reap_ended()


def _reap_ended() -> None:
    for pid in list(_ENDING):
        try:
            ended = os.waitpid(pid, os.WNOHANG)[0] == pid
        except ChildProcessError:
            ended = True
        if ended:
            _ENDING.discard(pid)


def _receive(stream: BinaryIO) -> tuple[str, Any]:
    try:
        kind, value = pickle.load(stream)  # our own child's message
    except Exception:  # a worker killed before it answered
        raise SitegenError("a worker process ended without an answer (killed?); build again") from None
    return kind, value


def _answer(kind: str, value: Any) -> Any:
    """A worker's answer, or its error raised here."""
    if kind == "error":
        raise value
    if kind == "internal":
        raise RuntimeError(f"in a worker process: {value}")
    return value
