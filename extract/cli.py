"""The `solieu` command: extract, validate, evaluate, bench, query, export, report, schema.

Imports are deferred to the subcommand that needs them, so `solieu --help` answers at once.
"""

from __future__ import annotations

import argparse
import sys

from solieu.budget import ARTICLE_TIMEOUT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="solieu",
        description="Figures on training cadres and civil servants, read from Vietnamese news into verified JSONL.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="read articles and write one JSON record per article")
    p.add_argument("inputs", nargs="+", help=".txt files, folders, .jsonl/.jsonl.gz files, or - for standard input")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="output JSONL file, or - for standard output")
    where.add_argument(
        "--parts",
        metavar="OUTDIR",
        help="with --engine dask: the workers read the inputs and write OUTDIR/part-00000.jsonl, … "
        "(a folder every worker can write)",
    )
    p.add_argument(
        "--part-size",
        metavar="SIZE",
        default="64M",
        help="with --parts: bytes of input per partition, e.g. 64M (default); a .jsonl.gz or WARC file is one",
    )
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--resume", action="store_true", help="carry on an interrupted run, appending what is missing")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where the work runs")
    p.add_argument("--scheduler", help="address of a Dask scheduler (default: a local cluster)")
    p.add_argument(
        "--segment-all", action="store_true", help="word-segment every sentence (slow; the output is the same)"
    )
    p.add_argument(
        "--all-topics",
        action="store_true",
        help="run every stage on every article (default: an article with no training, cadre or Party word "
        "near a number gets a light record, marked gated_out)",
    )
    p.add_argument(
        "--max-memory",
        metavar="SIZE",
        help="memory limit of each worker, e.g. 4G; an article that needs more gets an error record "
        "(default: the worker's share of the machine; 0: none)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds one article may take in a worker before it gets an error record (default: 600)",
    )
    p.add_argument(
        "--article-timeout",
        type=float,
        default=ARTICLE_TIMEOUT,
        metavar="SECONDS",
        help=f"seconds of matching per article; past them the record keeps what was found, with W009 "
        f"(default: {ARTICLE_TIMEOUT:g}; 0: no limit)",
    )

    p = sub.add_parser("validate", help="re-run the checks on existing records and write them back out")
    p.add_argument("records", help="a JSONL file written by solieu extract")
    p.add_argument("-o", "--output", default=None, help="where to write (default: replace the input)")
    p.add_argument("--strict", action="store_true", help="exit 1 when any check is a mismatch")

    p = sub.add_parser("evaluate", help="score output against hand-made gold annotations")
    p.add_argument("--gold", action="append", help="gold JSONL (corpus/gold/*.jsonl) or a folder of them; repeatable")
    p.add_argument("pred", nargs="?", help="output JSONL of solieu extract (default: run the pipeline on the gold)")
    p.add_argument("--source", action="append", help="the input folder or JSONL, to check spans; repeatable")
    p.add_argument(
        "--corpus",
        action="append",
        help="folder holding the gold articles' texts (default: corpus/samples, ../shared/corpus)",
    )
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes when running the pipeline")
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra with its sentence")
    p.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    p.add_argument("--ratchet", help="exit 1 when a score falls below a floor of this file (corpus/ratchet.json)")
    p.add_argument("--update-ratchet", metavar="RATCHET", help="raise the floors of this file to the scores reached")
    p.add_argument("--allow-lower", action="store_true", help="let --update-ratchet lower a floor")
    p.add_argument(
        "--false-positives",
        metavar="SAMPLE",
        help="count scored-kind figures in general news (../shared/corpus/news-sample.jsonl.gz) instead",
    )
    p.add_argument("--limit", type=int, default=500, help="articles for --false-positives")
    p.add_argument("--examples", type=int, default=20, help="worst false positives to show")

    p = sub.add_parser("bench", help="measure CPU per article, jobs, memory and start-up, each comparison paired")
    p.add_argument("inputs", nargs="*", help="JSONL(.gz) inputs (default: ../shared/corpus news sample and topics)")
    # a round of general news must hold enough articles the gate lets through (about one in five)
    # for its ratio to mean anything: rounds of 50 held about nine, and their ratios spread from 6x to 28x
    p.add_argument("--articles", type=int, default=1200, help="articles per input for the paired CPU comparison")
    p.add_argument("--rounds", type=int, default=6, help="rounds of the paired CPU comparison")
    p.add_argument("--jobs-articles", type=int, default=4000, help="articles for 1 job against 2 jobs")
    p.add_argument("--job-rounds", type=int, default=3, help="rounds of 1 job against 2 jobs")
    p.add_argument("--memory-articles", type=int, default=20_000, help="peak memory at N and 5N articles")
    p.add_argument("--sections", help="comma-separated, some of cpu,jobs,memory,startup,size (default: all)")
    p.add_argument("--json", metavar="PATH", help="also write the measurements as JSON")
    p.add_argument("--limit", type=int, default=2000, help="articles per input for bytes out per byte in")
    p.add_argument("--only-size", action="store_true", help="measure only bytes out per byte in, and memory")
    p.add_argument("--hostile", type=int, metavar="N", help="run N generated hostile articles and a 5 MB line instead")

    p = sub.add_parser("query", help="run SQL over outputs, through flat tables: articles, figures, ratios, ...")
    p.add_argument("inputs", nargs="+", help="output JSONL files of solieu extract, or globs ('out/*.jsonl')")
    p.add_argument("sql", help='the query, e.g. "SELECT kind, count(*) FROM figures GROUP BY kind"')
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="how to print the result")

    p = sub.add_parser("export", help="write the flat tables as Parquet or CSV files, with a data dictionary")
    p.add_argument("inputs", nargs="+", help="output JSONL files of solieu extract, or globs")
    p.add_argument("--to", required=True, metavar="DIR", help="folder to write the tables into")
    p.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="file format of the tables")

    p = sub.add_parser("report", help="write static HTML pages to review the output by eye")
    p.add_argument("records", help="a JSONL file written by solieu extract")
    p.add_argument("-o", "--output", required=True, help="the HTML file (further pages beside it: NAME-2.html …)")
    p.add_argument("--per-page", type=int, default=200, help="articles per page")

    p = sub.add_parser("schema", help="write the JSON Schema files of the records into a folder")
    p.add_argument("folder", nargs="?", default=None, help="default: the installed schemas/ folder")

    args = parser.parse_args(argv)
    if args.command == "extract":
        from solieu.run import EXIT_INPUT_CUT, TIMEOUT, run_extract
        from solieu.workers import parse_size

        try:
            max_memory = None if args.max_memory is None else parse_size(args.max_memory)
        except ValueError:
            parser.error(f"--max-memory: not a size: {args.max_memory!r} (e.g. 4G, 512M)")
        try:
            part_size = parse_size(args.part_size)
        except ValueError:
            parser.error(f"--part-size: not a size: {args.part_size!r} (e.g. 64M)")
        if args.parts is not None and args.engine != "dask":
            parser.error("--parts needs --engine dask: it is how the workers of a cluster read and write")
        if args.parts is not None and "-" in args.inputs:
            parser.error("--parts reads files the workers can open: standard input (-) is for a single output")
        if part_size <= 0:
            parser.error("--part-size must be more than 0")
        summary = run_extract(
            args.inputs,
            args.output or args.parts,
            parts=args.parts is not None,
            part_size=part_size,
            jobs=args.jobs,
            resume=args.resume,
            quiet=args.quiet,
            engine=args.engine,
            scheduler=args.scheduler,
            segment_all=args.segment_all,
            max_memory=max_memory,
            timeout=args.timeout or TIMEOUT,
            article_timeout=args.article_timeout or None,
            all_topics=args.all_topics,
        )
        processed = summary.articles + summary.skipped - summary.errors
        if processed <= 0:
            return 1
        return EXIT_INPUT_CUT if summary.ended_early else 0
    if args.command == "validate":
        from solieu.revalidate import revalidate

        return revalidate(args.records, args.output, strict=args.strict)
    if args.command == "evaluate":
        from solieu.evaluate import main as evaluate_main

        return evaluate_main(args)
    if args.command == "bench":
        if args.hostile is not None:
            from solieu.hostile import main as hostile_main

            return hostile_main(args.hostile)
        from solieu.bench import main as bench_main

        return bench_main(args)
    if args.command == "query":
        from solieu.query import main as query_main

        return query_main(args.inputs, args.sql, args.format)
    if args.command == "export":
        from solieu.export import main as export_main

        return export_main(args.inputs, args.to, args.format)
    if args.command == "report":
        from solieu.report import main as report_main

        return report_main(args.records, args.output, max(1, args.per_page))
    if args.command == "schema":
        from solieu.schemas.export import write_schemas

        for path in write_schemas(args.folder):
            print(path)
        return 0
    return 2


class _Version(argparse.Action):
    """`--version`, reading the installed metadata only when asked: `--help` does not need it."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from solieu import distribution_version

        print(f"solieu {distribution_version()}")
        parser.exit()


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
