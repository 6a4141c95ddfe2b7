#!/usr/bin/env python3
"""What PostgreSQL's row-level security costs the account list (resources/sql/0017_row_security.sql).

Times, in one run, the statements behind the list's first page, a login-prefix search, a substring
search, a re-sort and a jump, each as the owner (no policies: a superuser passes them) and as an
operator's own role: an organization's operator (its organization: a tenth of the accounts) and an
operator of the top group (everything). The owner's statement for an organization carries the
organization as a filter, as the list of that group does; the operator's substring search goes
through bc_search_accounts(), as AccountListQuery's does on an operator's role. Each figure is the
median server execution time (EXPLAIN ANALYZE) of five runs in one warm session.

    tests/benchmarks/bench_rls.py --cli build/app/cli/backup-console-cli \\
        --server postgresql://bc_test@127.0.0.1:PORT/postgres [--accounts 1000000]

The server user must be a superuser (it creates the database and the roles); PGPASSWORD is its
password. Seeding a million accounts takes a few minutes; the database is kept (--database).
"""
import argparse
import base64
import hashlib
import hmac
import os
import re
import statistics
import subprocess
import sys
import urllib.parse

PASSWORD = "Bench-Rls-Password-1"


def verifier(password):
    # PostgreSQL's SCRAM-SHA-256 verifier, as core's OperatorRoles::scramVerifier writes it.
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 4096, 32)
    client = hmac.new(salted, b"Client Key", "sha256").digest()
    server = hmac.new(salted, b"Server Key", "sha256").digest()
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (base64.b64encode(salt).decode(),
                                            base64.b64encode(hashlib.sha256(client).digest()).decode(),
                                            base64.b64encode(server).decode())


class Server:
    def __init__(self, url, database):
        parts = urllib.parse.urlparse(url)
        self.host, self.port, self.user = parts.hostname, str(parts.port or 5432), parts.username
        self.database = database

    def psql(self, sql, user=None, password=None, database=None, repeat=1):
        args = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p", self.port,
                "-U", user or self.user, "-d", database or self.database]
        for _ in range(repeat):
            args += ["-c", sql]
        env = dict(os.environ)
        if password:
            env["PGPASSWORD"] = password
        done = subprocess.run(args, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            sys.exit("psql failed: " + done.stderr)
        return done.stdout


def seed(server, cli, accounts):
    server.psql("CREATE DATABASE %s TEMPLATE template0" % server.database, database="postgres")
    url = "postgresql://%s@%s:%s/%s" % (server.user, server.host, server.port, server.database)
    env = dict(os.environ, BACKUP_CONSOLE_DATABASE_PASSWORD=os.environ.get("PGPASSWORD", ""))
    subprocess.run([cli, "group", "list", "--database", url], check=True, env=env, capture_output=True)
    server.psql("""
INSERT INTO groups (id, parent_id, name, name_key, created_at) OVERRIDING SYSTEM VALUE VALUES (1, NULL, 'MSP', 'msp', 'now');
INSERT INTO groups (id, parent_id, name, name_key, created_at) OVERRIDING SYSTEM VALUE
    SELECT 1 + g, 1, 'Org ' || g, 'org ' || g, 'now' FROM generate_series(1, 10) g;
ALTER TABLE accounts DISABLE TRIGGER accounts_counted;
INSERT INTO accounts (group_id, login, login_key, email, email_key, display_name, name_key, created_at, updated_at)
    SELECT 2 + (i %% 10), 'user' || i, 'user' || i, 'user' || i || '@example.com', 'user' || i || '@example.com',
    'User ' || md5(i::text), 'user ' || md5(i::text), 'now', 'now' FROM generate_series(1, %d) i;
ALTER TABLE accounts ENABLE TRIGGER accounts_counted;
UPDATE groups g SET account_count = (SELECT count(*) FROM accounts a WHERE a.group_id = g.id);
INSERT INTO accounts (group_id, login, login_key, email, created_at, updated_at, administrator, password_hash)
    VALUES (2, 'orgop', 'orgop', 'orgop@example.com', 'now', 'now', 1, 'set'),
           (1, 'topop', 'topop', 'topop@example.com', 'now', 'now', 1, 'set');
SELECT bc_operator_password(id, '%s') FROM accounts WHERE login_key IN ('orgop', 'topop');
""" % (accounts, verifier(PASSWORD)))
    server.psql("VACUUM ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--database", default="bench_rls")
    parser.add_argument("--accounts", type=int, default=1000000)
    options = parser.parse_args()
    server = Server(options.server, options.database)
    exists = server.psql("SELECT count(*) FROM pg_database WHERE datname = '%s'" % options.database,
                         database="postgres").strip() == "1"
    if not exists:
        seed(server, options.cli, options.accounts)

    roles = {"org": "orgop@" + options.database, "top": "topop@" + options.database}
    columns = "id, login_key, email_key, display_name, status"
    pattern = "%r12345%"
    like = "(login_key || chr(1) || email_key || chr(1) || name_key) LIKE '%s' ESCAPE '!'" % pattern
    viaFunction = "id IN (SELECT bc_search_accounts('%s'))" % pattern

    def where(scope, condition):
        parts = [p for p in (scope, condition) if p]
        return ("WHERE " + " AND ".join(parts)) if parts else ""

    operations = {
        "first page": lambda scope, owner: "SELECT %s FROM accounts %s ORDER BY login_key, id LIMIT 100"
        % (columns, where(scope, "")),
        "prefix search": lambda scope, owner: "SELECT %s FROM accounts %s ORDER BY login_key, id LIMIT 100"
        % (columns, where(scope, "login_key >= 'user12' AND login_key < 'user13'")),
        "substring search": lambda scope, owner: "SELECT %s FROM accounts %s ORDER BY login_key, id LIMIT 100"
        % (columns, where(scope, like if owner else viaFunction)),
        "re-sort": lambda scope, owner: "SELECT %s FROM accounts %s ORDER BY display_name DESC, id DESC LIMIT 100"
        % (columns, where(scope, "")),
        "jump": lambda scope, owner: "SELECT %s FROM accounts %s ORDER BY login_key, id OFFSET 50000 LIMIT 100"
        % (columns, where(scope, "")),
    }

    def timed(sql, user=None, password=None):
        out = server.psql("EXPLAIN (ANALYZE) " + sql, user=user, password=password, repeat=7)
        times = [float(t) for t in re.findall(r"Execution Time: ([\d.]+) ms", out)]
        return statistics.median(times[2:])

    print("| operation | operator | owner, no policies | operator's role | difference |")
    print("|---|---|---|---|---|")
    for name, statement in operations.items():
        for label, key, scope in (("organization", "org", "group_id = 2"), ("top group", "top", "")):
            owner = timed(statement(scope, True))
            operator = timed(statement(scope, False), roles[key], PASSWORD)
            print("| %s | %s | %.1f ms | %.1f ms | %+.1f ms |" % (name, label, owner, operator, operator - owner),
                  flush=True)


if __name__ == "__main__":
    main()
