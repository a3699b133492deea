#!/usr/bin/env python3
"""Corpus profile on a Dask cluster: framelens as the map step of a distributed engine.

    python3 examples/dask/run.py corpus.jsonl[.gz] --workers 4 --by outlet > profile.json

The corpus is split into partitions (byte ranges of a .jsonl file, or, for a .jsonl.gz that cannot
be split, partition files written by streaming it once). Each partition is piped, on a Dask worker,
through a framelens subprocess reading standard input and writing one partial aggregate (sums
only, a few hundred KB):

    framelens aggregate --partial --by outlet --jobs 1 -                       (--map partial, default)
    framelens analyze --format summary --jobs 1 - | framelens aggregate --partial --by outlet -
                                                                               (--map summary)

and the partials are merged and profiled once, in the driver:

    framelens aggregate --merge --format json -

The merged profile is the same bytes as `framelens aggregate --by outlet --format json corpus.jsonl`
in one process, whatever the number of workers and partitions (the aggregate holds sums that add
up exactly, and analyze() is a function of its input). Records should carry their own id and
outlet fields: a record without them gets defaults from the input's name and line (as in one
process, where the input is the file and not a partition).

Needs Dask distributed (Debian: apt-get install python3-distributed; pip: dask[distributed]) and
framelens on each worker: `framelens` on the PATH, or --framelens "node /path/to/dist/cli.mjs"
(default: this repository's build).
"""
import argparse
import gzip
import logging
import math
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_CLI = os.path.join(HERE, '..', '..', 'dist', 'cli.mjs')


def default_framelens():
    if os.path.exists(REPO_CLI):
        return 'node ' + shlex.quote(os.path.normpath(REPO_CLI))
    if shutil.which('framelens'):
        return 'framelens'
    return 'npx framelens'


def map_partition(lines, framelens, mode, by, fields, keep_going):
    """Run on a Dask worker: pipe one partition's lines through framelens; return its partial."""
    data = ''.join(line if line.endswith('\n') else line + '\n' for line in lines).encode('utf-8')
    cmd = shlex.split(framelens)
    tail = ['--keep-going'] if keep_going else []
    aggregate = cmd + ['aggregate', '--partial', '--by', by, '--jobs', '1', '--no-progress'] + tail
    if mode == 'partial':
        p = subprocess.run(aggregate + fields + ['-'], input=data, capture_output=True)
        out, err, code = p.stdout, p.stderr, p.returncode
    else:
        analyze = subprocess.Popen(cmd + ['analyze', '--format', 'summary', '--jobs', '1', '--no-progress'] + tail + fields + ['-'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        reduce = subprocess.Popen(aggregate + ['-'], stdin=analyze.stdout, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        analyze.stdout.close()
        # write the partition in a thread of its own while the pipeline runs
        import threading
        def feed():
            try:
                analyze.stdin.write(data)
            finally:
                analyze.stdin.close()
        writer = threading.Thread(target=feed)
        writer.start()
        analyze_err = analyze.stderr.read()
        out, reduce_err = reduce.communicate()
        writer.join()
        analyze.wait()
        err = analyze_err + reduce_err
        code = analyze.returncode or reduce.returncode
    if code != 0 and not (keep_going and out.strip()):
        raise RuntimeError('framelens exited with %d on a partition: %s' % (code, err.decode('utf-8', 'replace').strip()))
    return [(out.decode('utf-8').strip(), err.decode('utf-8', 'replace'))]


def split_gzip(path, parts, folder):
    """Stream a .jsonl.gz once into `parts` plain partition files (every parts-th record each)."""
    files = [open(os.path.join(folder, 'part-%05d.jsonl' % k), 'w', encoding='utf-8') for k in range(parts)]
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for n, line in enumerate(f):
            if line.strip():
                files[n % parts].write(line if line.endswith('\n') else line + '\n')
    for f in files:
        f.close()
    return [f.name for f in files]


def main():
    ap = argparse.ArgumentParser(description='framelens corpus profile on a Dask LocalCluster (prints the profile as JSON)')
    ap.add_argument('corpus', help='a .jsonl or .jsonl.gz corpus of article records')
    ap.add_argument('--workers', type=int, default=2, help='Dask worker processes (one framelens process each at a time)')
    ap.add_argument('--by', default='outlet', help='grouping keys, as framelens aggregate --by')
    ap.add_argument('--partitions', type=int, default=None, help='partitions (default: 4 per worker, at least one per 32 MB)')
    ap.add_argument('--map', choices=['partial', 'summary'], default='partial', help='the map step: aggregate --partial, or analyze --format summary piped into aggregate --partial')
    ap.add_argument('--framelens', default=default_framelens(), help='the framelens command on the workers (default: %(default)s)')
    ap.add_argument('--event-field', help='as framelens aggregate --event-field')
    ap.add_argument('--date-field', help='as framelens aggregate --date-field')
    ap.add_argument('--group-field', action='append', default=[], help='as framelens aggregate --group-field (repeatable)')
    ap.add_argument('--keep-going', action='store_true', help='report bad records on stderr and go on (as framelens --keep-going)')
    ap.add_argument('--scheduler', help='address of an existing Dask scheduler (default: a LocalCluster on this machine)')
    args = ap.parse_args()

    from distributed import Client, LocalCluster
    import dask.bag as db

    fields = []
    for flag, value in (('--event-field', args.event_field), ('--date-field', args.date_field)):
        if value:
            fields += [flag, value]
    for g in args.group_field:
        fields += ['--group-field', g]

    t0 = time.time()
    size = os.path.getsize(args.corpus)
    parts = args.partitions or max(4 * args.workers, math.ceil(size / (32 << 20)))
    scratch = tempfile.mkdtemp(prefix='framelens-dask-')
    cluster = None
    try:
        if args.corpus.endswith('.gz'):
            bag = db.read_text(split_gzip(args.corpus, parts, scratch))
        else:
            bag = db.read_text(args.corpus, blocksize=max(1, math.ceil(size / parts)))
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        partials = bag.map_partitions(map_partition, args.framelens, args.map, args.by, fields, args.keep_going).compute()
        for _, err in partials:
            if err.strip():
                sys.stderr.write(err)
        merged = subprocess.run(shlex.split(args.framelens) + ['aggregate', '--merge', '--format', 'json', '-'], input='\n'.join(p for p, _ in partials if p).encode('utf-8') + b'\n', capture_output=True)
        sys.stderr.write(merged.stderr.decode('utf-8', 'replace'))
        if merged.returncode != 0:
            return merged.returncode
        sys.stdout.buffer.write(merged.stdout)
        sys.stderr.write('framelens-dask: %d partitions on %d workers, %.1f s\n' % (bag.npartitions, args.workers, time.time() - t0))
        client.close()
        return 0
    finally:
        if cluster is not None:
            cluster.close()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
