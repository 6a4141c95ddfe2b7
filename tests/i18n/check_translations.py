#!/usr/bin/env python3
"""The translations_current test: fails when a committed .ts file is stale or unfinished.

Stale: lupdate, run on the sources into a temporary copy, finds other messages than the committed
file holds (a string was added, changed or removed without running the update_translations
target). Messages are compared as (context, source, disambiguation, plural) sets, so lupdate's
layout and line wrapping never matter. Unfinished: lrelease reports an unfinished or untranslated
message, or the file still holds one marked unfinished, vanished or obsolete.

Usage: check_translations.py LUPDATE LRELEASE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SCANNED = ['core', 'ui', 'app']
# English holds only the plural forms (-pluralonly); the others every string.
PLURAL_ONLY = {'en'}


def messages(ts_file):
    result = {}
    for context in ET.parse(ts_file).getroot().iter('context'):
        name = context.findtext('name', '')
        for message in context.iter('message'):
            key = (name, message.findtext('source', ''), message.findtext('comment', ''),
                   message.get('numerus') == 'yes')
            result[key] = message.find('translation')
    return result


def describe(key):
    context, source, comment, _ = key
    return f'  [{context}] {source!r}' + (f' ({comment})' if comment else '')


def check_current(lupdate, source_dir, ts_file, temp_dir):
    language = ts_file.stem.rsplit('_', 1)[-1]
    copy = Path(temp_dir) / ts_file.name
    shutil.copyfile(ts_file, copy)
    command = [lupdate, '-silent', '-locations', 'none', '-no-obsolete']
    if language in PLURAL_ONLY:
        command.append('-pluralonly')
    # Includes are written from the source root (#include "core/domain/error.h"): lupdate must
    # resolve them to see the namespace a class lives in.
    command += ['-I', '.'] + SCANNED + ['-ts', str(copy)]
    run = subprocess.run(command, cwd=source_dir, capture_output=True, text=True)
    if run.returncode != 0:
        return [f'{ts_file.name}: lupdate failed ({run.returncode}): {run.stderr.strip()}']
    committed, current = set(messages(ts_file)), set(messages(copy))
    problems = []
    if current - committed:
        problems.append(f'{ts_file.name} is stale; new in the sources:')
        problems += [describe(key) for key in sorted(current - committed)]
    if committed - current:
        problems.append(f'{ts_file.name} is stale; gone from the sources:')
        problems += [describe(key) for key in sorted(committed - current)]
    return problems


def check_finished(lrelease, ts_file, temp_dir):
    problems = []
    for key, translation in messages(ts_file).items():
        kind = translation.get('type') if translation is not None else 'missing'
        if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
            problems.append(f'{ts_file.name}: {kind}:{describe(key)}')
    qm = Path(temp_dir) / (ts_file.stem + '.qm')
    run = subprocess.run([lrelease, str(ts_file), '-qm', str(qm)], capture_output=True, text=True)
    output = run.stdout + run.stderr
    generated = re.search(r'Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)', output)
    ignored = re.search(r'Ignored (\d+) untranslated source text\(s\)', output)
    if run.returncode != 0 or not generated:
        problems.append(f'{ts_file.name}: lrelease failed ({run.returncode}): {output.strip()}')
    else:
        total, finished, unfinished = map(int, generated.groups())
        if unfinished != 0 or finished != total or total == 0:
            problems.append(f'{ts_file.name}: lrelease: {generated.group(0)}')
    if ignored and int(ignored.group(1)) != 0:
        problems.append(f'{ts_file.name}: lrelease: {ignored.group(0)}')
    return problems


def main():
    lupdate, lrelease, source_dir = sys.argv[1:4]
    ts_files = sorted((Path(source_dir) / 'translations').glob('*.ts'))
    if not ts_files:
        print('no .ts files in translations/')
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as temp_dir:
        for ts_file in ts_files:
            problems += check_current(lupdate, source_dir, ts_file, temp_dir)
            problems += check_finished(lrelease, ts_file, temp_dir)
    if problems:
        print('\n'.join(problems))
        print('Run "cmake --build BUILD --target update_translations", translate what is unfinished, and commit '
              'the .ts files.')
        return 1
    print(f'{len(ts_files)} translation files current and finished: {", ".join(f.name for f in ts_files)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
