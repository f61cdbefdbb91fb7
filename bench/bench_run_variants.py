"""One query's CPU and wall time with two versions of its text and of ``kg.sparql.query.run``, interleaved.

    git show COMMIT:kg/sparql/query.py > /tmp/old_query.py
    git show COMMIT:queries/NAME.rq > /tmp/old.rq
    python bench/bench_run_variants.py --store DIR --old-run /tmp/old_query.py --old-query /tmp/old.rq \
        --new-query queries/NAME.rq [--times 5]

Opens the store once, checks that the four combinations (old or new text, run
by the old or new ``run``) give the same rows in the same order with the same
kinds, then runs the four in turn ``--times`` times after a warm-up and prints
the best wall and CPU time of each. Run in one process, one after the other,
the four see the same load: on a shared machine the difference between them
is steadier than between two runs of bench_store.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path


def load_module(path: Path, name: str = "old_query"):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--old-run", type=Path, required=True, help="an earlier kg/sparql/query.py")
    parser.add_argument("--old-query", type=Path, required=True)
    parser.add_argument("--new-query", type=Path, required=True)
    parser.add_argument("--times", type=int, default=5)
    args = parser.parse_args()
    from kg.rdf.store import open_store
    from kg.sparql import query as new

    old = load_module(args.old_run)
    store = open_store(args.store)
    texts = {"before": args.old_query.read_text(encoding="utf-8"), "after": args.new_query.read_text(encoding="utf-8")}
    runs = {"before": old.run, "after": new.run}
    combos = [(text, run) for text in texts for run in runs]
    reference = old.run(texts["before"], store)
    for text, run in combos:  # also the warm-up
        answer = runs[run](texts[text], store)
        if (answer.variables, answer.rows, answer.kinds) != (reference.variables, reference.rows, reference.kinds):
            sys.exit(f"the query {text}, run {run}, does not give the rows of the query before, run before")
    best = {combo: (float("inf"), float("inf")) for combo in combos}
    for _ in range(args.times):
        for text, run in combos:
            wall, cpu = time.perf_counter(), time.process_time()
            runs[run](texts[text], store)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[text, run] = (min(best[text, run][0], wall), min(best[text, run][1], cpu))
    print(f"{len(reference.rows)} rows, the same in every combination; best of {args.times}, wall / CPU in ms:")
    for (text, run), (wall, cpu) in best.items():
        print(f"query {text:6}  run {run:6}  {wall * 1000:6.0f} / {cpu * 1000:4.0f}")


if __name__ == "__main__":
    main()
