"""Run a function in a forked worker and give up on it after a time limit.

pyoxigraph cannot cancel a query once it runs, and owlready2 gives HermiT's
Java no time limit, so a thread cannot stop either: the work runs in a
child process (fork, so it shares what the parent already loaded), which
leads a process group of its own; past the limit the whole group (the
child and any Java it started) is killed and :class:`kg.errors.TimeLimitError` raised.
The child's result or exception comes back pickled through a pipe.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from typing import Callable, TypeVar

from kg.errors import TimeLimitError, WorkerError

T = TypeVar("T")


def _work(connection, function, args, kwargs) -> None:
    os.setpgid(0, 0)  # a group of its own, so that a timeout also ends what it started (Java)
    try:
        result = (True, function(*args, **kwargs))
    except BaseException as error:  # sent back to the parent, which raises it
        result = (False, error if _picklable(error) else WorkerError(f"{type(error).__name__}: {error}"))
        result[1].__traceback_text__ = traceback.format_exc()  # for --debug
    try:
        connection.send(result)
    except Exception as error:  # noqa: BLE001 - an unpicklable result
        connection.send((False, WorkerError(f"cannot send the result back: {error}")))
    connection.close()


def _picklable(error: BaseException) -> bool:
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001
        return False
    return True


def call_with_timeout(function: Callable[..., T], *args, timeout: float | None, what: str, **kwargs) -> T:
    """``function(*args, **kwargs)``, in a forked worker when ``timeout`` is set (seconds).

    Without a timeout (None or 0) the function simply runs here.
    """
    if not timeout:
        return function(*args, **kwargs)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_work, args=(sender, function, args, kwargs), daemon=True)
    worker.start()
    try:
        os.setpgid(worker.pid, worker.pid)  # also here: the child may not have run its own call yet
    except OSError:
        pass
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TimeLimitError(f"{what} took longer than {timeout:g} s (raise the limit with --timeout)")
        try:
            ok, value = receiver.recv()
        except EOFError:
            raise WorkerError(f"{what} stopped without an answer (exit code {worker.exitcode})") from None
    finally:
        _end(worker)
        receiver.close()
    if not ok:
        raise value
    return value


def _end(worker) -> None:
    if worker.is_alive():
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except OSError:
            worker.kill()
    worker.join()
