"""LLM Scale Studio.

    main.py [FILE]                 open the window (optionally with FILE)
    main.py --smoke                open the window, load a preset, render a chart, exit (checks a build)
    main.py report NAME [--json] [--set FIELD=VALUE ...]
                                   print the report of a preset, config.json, model folder, cached Hub id or project
    main.py presets                list the presets
    main.py schema                 print the JSON Schema of a project (the "project" object of a .llmproj file)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

COMMANDS = ("report", "presets", "schema")


def _cli(argv: list[str]) -> int:
    from model.project.errors import InputError

    parser = argparse.ArgumentParser(prog="main.py", description="LLM Scale Studio: how big is this model, really?")
    sub = parser.add_subparsers(dest="command", required=True)
    report = sub.add_parser("report", help="print the report of a preset, a config.json or a project file")
    report.add_argument("name", help="preset id or name, a path to a config.json, a model folder or a .llmproj file, or a Hub id in the local cache")
    report.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    report.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", help="change one field of every design (dotted path, e.g. workload.micro_batch_size=8), repeatable")
    sub.add_parser("presets", help="list the presets")
    sub.add_parser("schema", help="print the JSON Schema of a project")
    args = parser.parse_args(argv)

    try:
        if args.command == "presets":
            from model.design.params import count_parameters
            from model.design.presets import load_presets
            from model.project.units import format_count

            for preset in load_presets().values():
                total = count_parameters(preset.architecture).total
                print(f"{preset.id:<24}{preset.name:<28}{format_count(total):>8}  {preset.year}")
        elif args.command == "schema":
            from model.project.project_file import Project

            print(json.dumps(Project.model_json_schema(), indent=2, ensure_ascii=False))
        else:
            from model.design.checkpoint import describe_checkpoint
            from model.project.report import estimate, render_text
            from model.project.sources import apply_settings, checkpoint_of, load_project_argument

            project = load_project_argument(args.name)
            reports = [estimate(apply_settings(design, args.set)) for design in project.designs]
            # a model folder's safetensors headers (or its index): the checkpoint's own count beside ours
            checkpoint = checkpoint_of(args.name) if len(reports) == 1 else None
            if args.json:
                if len(reports) == 1:
                    data = json.loads(reports[0].model_dump_json())
                    if checkpoint is not None:
                        data["checkpoint"] = checkpoint.model_dump(mode="json")
                    print(json.dumps(data, indent=2, ensure_ascii=False))
                else:
                    print(json.dumps({"project": project.name, "reports": [r.model_dump(mode="json") for r in reports]}, indent=2, ensure_ascii=False))
            else:
                print("\n\n".join(render_text(r) for r in reports))
                if checkpoint is not None:
                    print("\n" + describe_checkpoint(checkpoint, reports[0].parameters.total))
        sys.stdout.flush()  # what is still buffered meets a closed pipe here, inside the try, not in Python's exit
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `report ... | head` closed the pipe: stop quietly, as other command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit must not raise again
        return 0
    except Exception as error:  # a bug of ours: still one line, never a traceback
        print(f"error: internal problem ({type(error).__name__}: {error}); please report it", file=sys.stderr)
        return 1
    return 0


def _smoke() -> int:
    """Exercise a build end to end without a person: window, preset, chart; 0 if all worked."""
    os.environ.setdefault("LLM_SCALE_STUDIO_NO_DIALOGS", "1")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from gui.charts import render_chart
    from gui.main_window import MainWindow
    from model.project.sources import design_from_preset

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    window._apply(design_from_preset("mixtral-8x7b"))
    deadline = time.monotonic() + 60
    while window._pending and time.monotonic() < deadline:  # results that took long come from the worker thread
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    view = next(iter(window.results.charts.values()))
    image = render_chart(view, QSize(640, 360))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    loaded = window.results.title.text().startswith("Mixtral 8x7B")
    window.close()
    ok = not image.isNull() and len(colours) > 2 and loaded
    print(f"smoke: window shown, Mixtral 8x7B loaded, chart {image.width()}x{image.height()} with {len(colours)} colours: {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS + ("-h", "--help"):
        return _cli(argv)
    if argv and argv[0] == "--smoke":
        return _smoke()
    from gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
