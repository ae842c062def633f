"""Batch work over many articles: the run (run.py) with its inputs, cache, results file, cost accounting and
progress line, its records (records.py) and folder of HTML views (view.py), and the same run on Ray Data
(ray_data.py, its rows in ray_rows.py, its output file in ray_file.py)."""
