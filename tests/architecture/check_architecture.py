#!/usr/bin/env python3
"""The architecture test: fails when a file breaks one of the house rules of the layers.

- Only core/storage reaches the database: no file elsewhere in core/, ui/ or app/ includes a QtSql
  header (<QSqlQuery>, <QtSql/...>, <qsqlquery.h>).
- core/ never includes a QtWidgets header (any header of the Widgets module, as the installed Qt
  names them: <QWidget>, <QDialog>, <QtWidgets/...>, <qwidget.h>), so the CLI, the server and the
  tests run exactly the rules the desktop console runs.
- ui/ reaches storage (core/storage/...) only through the few classes that open a connection to a
  database; the others ask services and page loaders given to them. ALLOWED_STORAGE_INCLUDERS
  lists them, each with its reason.
- No .cpp file in core/, ui/ or app/ passes MAX_CPP_LINES lines.

Every finding is printed as FILE:LINE: what is wrong, and the exit status is 1.

Usage: check_architecture.py SOURCE_DIR QTWIDGETS_INCLUDE_DIR
       check_architecture.py --self-test QTWIDGETS_INCLUDE_DIR
The self test writes a small tree with one breach of each rule into a temporary folder and checks
that each is reported (and that a tree without breaches passes), so the check itself can fail.
"""
import fnmatch
import os
import re
import sys
import tempfile
from pathlib import Path

LAYERS = ['core', 'ui', 'app']
SOURCE_SUFFIXES = {'.h', '.cpp'}
MAX_CPP_LINES = 600

# The ui files that may include a header of core/storage, and why. Patterns are relative to the
# source root (fnmatch). Everything else in ui/ receives what it needs from these.
ALLOWED_STORAGE_INCLUDERS = {
    'ui/connection/consolesession.*':
        'ConsoleSession opens the database of a console window and watches it for changes',
    'ui/connection/connectiondialog.*':
        'the connection dialog opens and checks a database before the console uses it',
    'ui/connection/connectiontestbar.*':
        'the Test connection bar tries a connection (ConnectionCheck) without opening a window',
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SQL_HEADER = re.compile(r'^(QtSql(/.*)?|QSql\w*|qsql\w*\.h)$')


def widgets_headers(widgets_dir):
    """Every header name of the Widgets module: QWidget, qwidget.h, ... (not the private ones)."""
    names = {entry.name for entry in Path(widgets_dir).iterdir() if entry.is_file()}
    if not names:
        raise SystemExit(f'{widgets_dir}: no QtWidgets headers found')
    return names


def is_widgets_header(name, widgets):
    return name == 'QtWidgets' or name.startswith('QtWidgets/') or name in widgets


def source_files(root):
    for layer in LAYERS:
        for folder, _, files in os.walk(root / layer):
            for file in sorted(files):
                path = Path(folder) / file
                if path.suffix in SOURCE_SUFFIXES:
                    yield path.relative_to(root).as_posix(), path


def storage_include_allowed(relative):
    return any(fnmatch.fnmatch(relative, pattern) for pattern in ALLOWED_STORAGE_INCLUDERS)


def check(root, widgets):
    """The findings in the tree under root, each as (file, line, rule, message)."""
    findings = []
    for relative, path in source_files(root):
        lines = path.read_text(encoding='utf-8').splitlines()
        layer = relative.split('/')[0]
        for number, line in enumerate(lines, start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            bracket, name = match.groups()
            if bracket == '<' and SQL_HEADER.match(name) and not relative.startswith('core/storage/'):
                findings.append((relative, number, 'sql',
                                 f'includes <{name}>: only core/storage may use QtSql'))
            if bracket == '<' and layer == 'core' and is_widgets_header(name, widgets):
                findings.append((relative, number, 'widgets',
                                 f'includes <{name}>: core never uses QtWidgets'))
            if (bracket == '"' and layer == 'ui' and name.startswith('core/storage/')
                    and not storage_include_allowed(relative)):
                findings.append((relative, number, 'storage',
                                 f'includes "{name}": ui reaches storage only through the classes '
                                 'that open a connection (tests/architecture/check_architecture.py)'))
        if path.suffix == '.cpp' and len(lines) > MAX_CPP_LINES:
            findings.append((relative, MAX_CPP_LINES + 1, 'size',
                             f'{len(lines)} lines: a .cpp file stays within {MAX_CPP_LINES} lines'))
    return findings


# One breach per rule: (rule, file, content). The self test expects exactly that rule to fire on
# exactly that file, and nothing on CLEAN_TREE.
BREACHES = [
    ('sql', 'core/services/accountservice.cpp', '#include <QSqlQuery>\n'),
    ('sql', 'ui/accounts/accountlistmodel.h', '#pragma once\n#include <QtSql/QSqlDatabase>\n'),
    ('sql', 'app/cli/main.cpp', '#  include <qsqlquery.h>\n'),
    ('widgets', 'core/domain/account.h', '#pragma once\n#include <QWidget>\n'),
    ('widgets', 'core/rules/loginrules.cpp', '#include <QtWidgets/QDialog>\n'),
    ('widgets', 'core/platform/paths.cpp', '#include <qmessagebox.h>\n'),
    ('storage', 'ui/accounts/accountlistmodel.h', '#pragma once\n#include "core/storage/accountstore.h"\n'),
    ('storage', 'ui/connection/connectionform.cpp', '#include "core/storage/database.h"\n'),
    ('size', 'ui/mainwindow/mainwindow.cpp', '// line\n' * (MAX_CPP_LINES + 1)),
    ('size', 'core/storage/database.cpp', '\n' * (MAX_CPP_LINES + 1)),
]

# What the rules allow: storage may use QtSql, app and ui may use Widgets, the session classes may
# include storage, app may include storage, a header may be long and a .cpp may have 600 lines.
CLEAN_TREE = {
    'core/storage/database.cpp': '#include "core/storage/database.h"\n#include <QSqlQuery>\n',
    'core/storage/database.h': '#pragma once\n#include <QtSql/QSqlDatabase>\n',
    'core/domain/account.h': '#pragma once\n#include <QString>\n#include "core/domain/widgetlike.h"\n',
    'ui/connection/consolesession.cpp': '#include "core/storage/database.h"\n#include <QWidget>\n',
    'ui/connection/connectiontestbar.h': '#pragma once\n#include "core/storage/connectioncheck.h"\n',
    'ui/accounts/accountlistmodel.cpp': '#include "core/services/accountservice.h"\n#include <QDialog>\n',
    'app/cli/main.cpp': '#include "core/storage/database.h"\n' + '\n' * (MAX_CPP_LINES - 1),
    'app/console/main.cpp': '#include <QApplication>\n// #include <QSqlQuery> in a comment\n',
    'ui/widgets/long.h': '\n' * (MAX_CPP_LINES * 2),
}


def write_tree(root, files):
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding='utf-8')


def self_test(widgets):
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / 'clean'
        write_tree(root, CLEAN_TREE)
        for finding in check(root, widgets):
            failures.append(f'a tree without breaches reports {finding}')
    for rule, relative, content in BREACHES:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            write_tree(root, dict(CLEAN_TREE, **{relative: content}))
            findings = check(root, widgets)
            if [(f[0], f[2]) for f in findings] != [(relative, rule)]:
                failures.append(f'{relative} breaking "{rule}": expected one "{rule}" finding, got {findings}')
    for failure in failures:
        print(failure)
    print(f'self test: {len(BREACHES)} breaches, {len(failures)} failures')
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == '--self-test':
        return self_test(widgets_headers(argv[2]))
    if len(argv) != 3:
        print('usage: check_architecture.py SOURCE_DIR QTWIDGETS_INCLUDE_DIR\n'
              '       check_architecture.py --self-test QTWIDGETS_INCLUDE_DIR', file=sys.stderr)
        return 2
    findings = check(Path(argv[1]), widgets_headers(argv[2]))
    for relative, line, _, message in findings:
        print(f'{relative}:{line}: {message}')
    print(f'{len(findings)} breaches of the architecture rules')
    return 1 if findings else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
