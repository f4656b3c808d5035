"""The peer of `baocao consolidate` in the bench (docs/performance.md): what a plain script
does with the same folder, pandas reading every report sheet of every .xlsx through openpyxl and
stacking them into one table with the file and sheet each row came from. It checks nothing and
judges nothing: it is the floor of "read the files and put them together".

    /usr/bin/python3 bench/peer/stack.py FOLDER OUT.csv

Prints the number of files, sheets and rows, and its CPU time, on stderr.
"""

import sys
import time
from pathlib import Path

import pandas as pd


def stack(folder: Path) -> tuple[pd.DataFrame, int, int]:
    frames = []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xlsx")
    for path in files:
        # Every sheet of the workbook; a report file holds one report sheet ("Báo cáo 2025").
        sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        for name, frame in sheets.items():
            if not name.startswith("Báo cáo"):
                continue
            frame.insert(0, "sheet", name)
            frame.insert(0, "file", path.name)
            frames.append(frame)
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table, len(files), len(frames)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: stack.py FOLDER OUT.csv")
    table, files, sheets = stack(Path(sys.argv[1]))
    table.to_csv(sys.argv[2], index=False)
    print(f"{files} files, {sheets} report sheets, {len(table)} rows", file=sys.stderr)
    # The process's CPU time, for the bench (which measures the wall time itself).
    print(f"cpu-seconds {time.process_time():.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
