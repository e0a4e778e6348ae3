"""`entity-pipeline review OUTPUT`: the report of a run, served with controls to correct it and to audit it.

The standard library's `ThreadingHTTPServer`, not a web framework: the app is
a handful of JSON routes and static files for one researcher on their own
machine, so a framework would add a dependency (and its own updates) for
nothing the few lines below do not; and the pipeline's install stays as it is.

Safe by default, as Jupyter is: it binds 127.0.0.1 unless `--host` says
otherwise; the address printed carries a random token (`/?token=...`), which
the first page turns into a cookie; every request without the token, in the
query, the cookie or the `X-Review-Token` header, gets 403. Pages may load
scripts and styles from this server only (a Content-Security-Policy header).
Everything written goes inside OUTPUT: corrections.csv, audit.csv and
audit.json, the tables, run.json and the report (report/).

Routes: `/` the report page with review.js; `/audit` the audit page;
`/review/*` this package's static files; other paths the report folder's
files; `/api/state`, `/api/edit` (POST), `/api/audit/sample`,
`/api/audit/verdict` (POST), `/api/audit/summary`.
"""

import hmac
import json
import mimetypes
import secrets
import threading
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pipeline.review import actions, audit
from pipeline.review.tables import Tables

COOKIE = 'entity_review_token'
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
MAX_BODY = 1 << 20  # bytes of a JSON request: an edit or a verdict, never more
INJECT = ('<link rel="stylesheet" href="/review/review.css">'
          '<script src="/review/review-dom.js"></script><script src="/review/review.js"></script>')


class ReviewServer(ThreadingHTTPServer):
    """The review app over one output folder."""

    daemon_threads = True

    def __init__(self, output_dir, host='127.0.0.1', port=0, reviewer='reviewer', token=None, tables=None):
        self.output_dir = Path(output_dir).resolve()
        self.tables = tables or Tables(self.output_dir)
        self.token = token or secrets.token_urlsafe(32)
        self.reviewer = reviewer
        self.lock = threading.Lock()  # one edit at a time: each rebuilds the whole folder
        self.texts = None
        with self.lock:
            self.tables.rebuild()  # the tables as corrections.csv says now (it may have been edited by hand)
        super().__init__((host, port), Handler)

    @property
    def url(self):
        host, port = self.server_address[:2]
        host = f'[{host}]' if ':' in host else host
        return f'http://{host}:{port}/?token={self.token}'

    @property
    def report_dir(self):
        return self.output_dir / 'report'

    def source_texts(self):
        """{doc_id: text} of the run's documents, read again once (for the audit's context)."""
        if self.texts is None:
            from pipeline.running.inputs import reread
            self.texts = reread(self.tables.current['documents'].to_dict('records'))
        return self.texts


def static_file(name):
    """A file of this package's static folder, or None."""
    if not name or '/' in name or name.startswith('.'):
        return None
    path = resources.files('pipeline.review') / 'static' / name
    return path.read_bytes() if path.is_file() else None


def inside(root, relative):
    """The file `relative` under `root`, or None when it leaves the folder or is not a file."""
    root = root.resolve()
    path = (root / relative.lstrip('/')).resolve()
    if path != root and root not in path.parents:
        return None
    return path if path.is_file() else None


class Handler(BaseHTTPRequestHandler):
    server_version = 'entity-review'
    sys_version = ''

    def log_message(self, format, *args):  # a request log line would print the token
        pass

    # the token
    def token_given(self):
        query = parse_qs(urlsplit(self.path).query)
        cookie = SimpleCookie()
        try:
            cookie.load(self.headers.get('Cookie', ''))
        except Exception:
            pass
        given = [*query.get('token', []), self.headers.get('X-Review-Token', '')]
        if COOKIE in cookie:
            given.append(cookie[COOKIE].value)
        expected = self.server.token.encode()
        return any(hmac.compare_digest(value.encode(), expected) for value in given if value)

    # answers
    def send(self, status, body=b'', content_type='text/plain; charset=utf-8', headers=()):
        if isinstance(body, str):
            body = body.encode('utf-8')
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        if status != HTTPStatus.NO_CONTENT:
            self.send_header('Content-Length', str(len(body)))
        self.send_header('Content-Security-Policy', CSP)
        self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Referrer-Policy', 'no-referrer')  # the token must not leave in a Referer
        self.send_header('Cache-Control', 'no-store')
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def send_json(self, value, status=HTTPStatus.OK):
        self.send(status, json.dumps(value, ensure_ascii=False, default=str), 'application/json; charset=utf-8')

    def refuse(self):
        self.send(HTTPStatus.FORBIDDEN, 'forbidden: open the address with ?token=... that '
                                        '`entity-pipeline review` printed\n')

    def body(self):
        if 'application/json' not in self.headers.get('Content-Type', ''):
            raise actions.Refused('send JSON (Content-Type: application/json)')
        length = int(self.headers.get('Content-Length') or 0)
        if length > MAX_BODY:
            raise actions.Refused('request too large')
        try:
            return json.loads(self.rfile.read(length) or b'{}')
        except ValueError as error:
            raise actions.Refused(f'broken JSON: {error}') from None

    # routes
    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        if not self.token_given():
            return self.refuse()
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        cookie = ()
        if 'token' in query:
            cookie = [('Set-Cookie', f'{COOKIE}={self.server.token}; Path=/; HttpOnly; SameSite=Strict')]
        path = parts.path
        if path in ('/', '/index.html'):
            return self.page(self.server.report_dir / 'index.html', cookie)
        if path == '/favicon.ico':
            return self.send(HTTPStatus.NO_CONTENT)
        if path == '/audit':
            return self.send(HTTPStatus.OK, static_file('audit.html'), 'text/html; charset=utf-8', cookie)
        if path == '/api/state':
            return self.send_json(self.state())
        if path == '/api/audit/sample':
            return self.audit_sample(query)
        if path == '/api/audit/summary':
            return self.send_json(audit.summary(self.server.output_dir, self.server.tables.current,
                                                self.server.reviewer))
        if path.startswith('/review/'):
            data = static_file(path[len('/review/'):])
            if data is None:
                return self.send(HTTPStatus.NOT_FOUND, 'not found\n')
            return self.send(HTTPStatus.OK, data, content_type(path))
        found = inside(self.server.report_dir, path)
        if found is None:
            return self.send(HTTPStatus.NOT_FOUND, 'not found\n')
        return self.send(HTTPStatus.OK, found.read_bytes(), content_type(path))

    def do_POST(self):
        if not self.token_given():
            return self.refuse()
        path = urlsplit(self.path).path
        try:
            request = self.body()
            with self.server.lock:
                if path == '/api/edit':
                    return self.send_json(actions.apply_edit(self.server.tables, request))
                if path == '/api/audit/verdict':
                    return self.send_json(self.verdict(request))
        except (actions.Refused, ValueError) as error:
            return self.send_json({'error': str(error)}, HTTPStatus.BAD_REQUEST)
        self.send(HTTPStatus.NOT_FOUND, 'not found\n')

    def page(self, path, headers=()):
        """The report's page with the review script and style added."""
        if not path.is_file():
            return self.send(HTTPStatus.NOT_FOUND, 'no report in the output folder\n')
        text = path.read_text(encoding='utf-8')
        at = text.rfind('</body>')
        text = text[:at] + INJECT + text[at:] if at >= 0 else text + INJECT
        self.send(HTTPStatus.OK, text, 'text/html; charset=utf-8', headers)

    def state(self):
        tables = self.server.tables
        return {'reviewer': self.server.reviewer, 'output': str(self.server.output_dir),
                'corrections': [entry for entry in tables.log],
                'types': list(audit_types())}

    def audit_sample(self, query):
        try:
            size = max(1, min(int(query.get('size', 50)), 5000))
            seed = int(query.get('seed', 1))
        except ValueError:
            return self.send_json({'error': 'size and seed must be whole numbers'}, HTTPStatus.BAD_REQUEST)
        rows = audit.sample_view(self.server.tables.current, size, seed, self.server.source_texts(),
                                 audit.verdicts(self.server.output_dir), self.server.reviewer)
        self.send_json({'size': size, 'seed': seed, 'reviewer': self.server.reviewer, 'rows': rows})

    def verdict(self, request):
        keys = {row['key']: row for strata in audit.population(self.server.tables.current).values()
                for row in strata}
        row = keys.get(str(request.get('key')))
        if row is None:
            raise actions.Refused(f'no row {request.get("key")!r} in the tables')
        written = audit.record(self.server.output_dir, row['key'], row['type'], row['rule'],
                               str(request.get('verdict')), str(request.get('note') or '')[:actions.MAX_FIELD],
                               self.server.reviewer)
        return {'row': written}


def audit_types():
    from pipeline.schema import ENTITY_TYPES
    return ENTITY_TYPES


def content_type(path):
    guessed = mimetypes.guess_type(path)[0] or 'application/octet-stream'
    return f'{guessed}; charset=utf-8' if guessed.startswith('text/') or guessed.endswith('javascript') else guessed


def serve(output_dir, host='127.0.0.1', port=0, reviewer='reviewer', browser=True, out=print):
    """Serve the review app until interrupted; prints its address (with the token)."""
    server = ReviewServer(output_dir, host=host, port=port, reviewer=reviewer)
    out(f'review: {server.url}', flush=True)
    out('stop with Ctrl-C', flush=True)
    if browser:
        import webbrowser
        threading.Thread(target=webbrowser.open, args=(server.url,), daemon=True).start()
    try:
        server.serve_forever()
    finally:
        server.server_close()
