//! The HTTP packet types of `erlang:decode_packet/3` (`http`, `httph`, `http_bin`,
//! `httph_bin`): how long a request, status or header line is, and its decoded term
//! (`{http_request, Method, Uri, Version}`, `{http_response, Version, Status, Reason}`,
//! `{http_header, Index, Field, Original, Value}`, `http_eoh`, `{http_error, Line}`).

use vm::heap::TermAlloc;
use vm::process::Process;
use vm::term::Term;

use crate::process::atom_named;

/// Header names with an atom of their own; a header's index is its position here plus one.
const HEADERS: &[&str] = &[
    "Cache-Control",
    "Connection",
    "Date",
    "Pragma",
    "Transfer-Encoding",
    "Upgrade",
    "Via",
    "Accept",
    "Accept-Charset",
    "Accept-Encoding",
    "Accept-Language",
    "Authorization",
    "From",
    "Host",
    "If-Modified-Since",
    "If-Match",
    "If-None-Match",
    "If-Range",
    "If-Unmodified-Since",
    "Max-Forwards",
    "Proxy-Authorization",
    "Range",
    "Referer",
    "User-Agent",
    "Age",
    "Location",
    "Proxy-Authenticate",
    "Public",
    "Retry-After",
    "Server",
    "Vary",
    "Warning",
    "Www-Authenticate",
    "Allow",
    "Content-Base",
    "Content-Encoding",
    "Content-Language",
    "Content-Length",
    "Content-Location",
    "Content-Md5",
    "Content-Range",
    "Content-Type",
    "Etag",
    "Expires",
    "Last-Modified",
    "Accept-Ranges",
    "Set-Cookie",
    "Set-Cookie2",
    "X-Forwarded-For",
    "Cookie",
    "Keep-Alive",
    "Proxy-Connection",
];

/// Methods with an atom of their own.
const METHODS: &[&str] = &["OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE"];

/// Header names longer than this are kept as they are (not case-normalised).
const MAX_NAME: usize = 50;

fn is_sp(c: Option<&u8>) -> bool {
    matches!(c, Some(b' ' | b'\t'))
}

fn is_tspecial(c: u8) -> bool {
    !(33..127).contains(&c) || b"()<>@,;:\\\"/[]?={} \t".contains(&c)
}

/// The length of the line (with folded continuation lines, for headers) at the front of
/// `b`: `Ok(Some(n))`, `Ok(None)` for more data, `Err(())` when over the limit `max`.
pub(crate) fn length(b: &[u8], headers: bool, max: u64) -> Result<Option<u64>, ()> {
    let n = b.len();
    if b == b"\n" || b == b"\r\n" {
        return Ok(Some(n as u64));
    }
    let over = |len: usize| max != 0 && len as u64 > max;
    let mut from = 0;
    loop {
        let Some(i) = b[from..].iter().position(|&c| c == b'\n') else {
            if max != 0 && n as u64 >= max {
                return Err(());
            }
            return Ok(None);
        };
        let plen = from + i + 1;
        if !headers {
            return if over(plen) {
                Err(())
            } else {
                Ok(Some(plen as u64))
            };
        }
        if plen < n {
            if is_sp(b.get(plen)) && plen > 2 {
                from = plen;
                continue;
            }
            return if over(plen) {
                Err(())
            } else {
                Ok(Some(plen as u64))
            };
        }
        return if over(plen) { Err(()) } else { Ok(None) };
    }
}

/// Builds strings (lists) or binaries.
struct Out<'a> {
    p: &'a mut Process,
    bin: bool,
}

impl Out<'_> {
    fn text(&mut self, bytes: &[u8]) -> Term {
        if self.bin {
            self.p.heap.binary(bytes)
        } else {
            let items: Vec<Term> = bytes.iter().map(|&c| Term::small(c as i64)).collect();
            self.p.heap.list(&items)
        }
    }

    fn tuple(&mut self, items: &[Term]) -> Term {
        self.p.heap.tuple(items)
    }
}

fn atom(s: &str) -> Term {
    Term::atom(atom_named(s))
}

fn digits(b: &[u8], at: &mut usize) -> Option<i64> {
    let start = *at;
    let mut v: i64 = 0;
    while let Some(&c) = b.get(*at).filter(|c| c.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add((c - b'0') as i64);
        *at += 1;
    }
    (*at > start).then_some(v)
}

/// `Major.Minor` at `at`.
fn version(b: &[u8], at: &mut usize) -> Option<(i64, i64)> {
    let major = digits(b, at)?;
    if b.get(*at) != Some(&b'.') {
        return None;
    }
    *at += 1;
    let minor = digits(b, at)?;
    Some((major, minor))
}

/// Decodes one whole line `packet` (its length came from [`length`]).
pub fn decode(p: &mut Process, packet: &[u8], headers: bool, bin: bool) -> Term {
    let mut o = Out { p, bin };
    let mut n = packet.len();
    if n >= 2 && packet[n - 2] == b'\r' {
        n -= 2;
    } else if n >= 1 && packet[n - 1] == b'\n' {
        n -= 1;
    }
    let line = &packet[..n];
    let parsed = if headers {
        header(&mut o, line)
    } else if line.starts_with(b"HTTP/") {
        response(&mut o, line)
    } else {
        request(&mut o, line)
    };
    match parsed {
        Some(t) => t,
        None => {
            let l = o.text(packet);
            o.tuple(&[atom("http_error"), l])
        }
    }
}

fn response(o: &mut Out, b: &[u8]) -> Option<Term> {
    let mut at = 5;
    let (major, minor) = version(b, &mut at)?;
    let sp = at;
    while is_sp(b.get(at)) {
        at += 1;
    }
    if at == sp {
        return None;
    }
    let status = digits(b, &mut at).unwrap_or(0);
    let sp = at;
    while is_sp(b.get(at)) {
        at += 1;
    }
    if at == sp && at < b.len() {
        return None;
    }
    let v = o.tuple(&[Term::small(major), Term::small(minor)]);
    let reason = o.text(&b[at..]);
    Some(o.tuple(&[atom("http_response"), v, Term::small(status), reason]))
}

fn request(o: &mut Out, b: &[u8]) -> Option<Term> {
    let mut at = 0;
    while at < b.len() && !is_tspecial(b[at]) {
        at += 1;
    }
    if at == b.len() || at == 0 || !is_sp(b.get(at)) {
        return None;
    }
    let meth = &b[..at];
    while is_sp(b.get(at)) {
        at += 1;
    }
    let uri_start = at;
    while at < b.len() && !is_sp(b.get(at)) {
        at += 1;
    }
    if at == uri_start {
        return None;
    }
    let uri = &b[uri_start..at];
    while is_sp(b.get(at)) {
        at += 1;
    }
    let (major, minor) = if at == b.len() {
        (0, 9)
    } else {
        if b.len() - at < 8 || !b[at..].starts_with(b"HTTP/") {
            return None;
        }
        at += 5;
        version(b, &mut at)?
    };
    let method = match METHODS.iter().find(|m| m.as_bytes() == meth) {
        Some(m) => atom(m),
        None => o.text(meth),
    };
    let uri = parse_uri(o, uri);
    let v = o.tuple(&[Term::small(major), Term::small(minor)]);
    Some(o.tuple(&[atom("http_request"), method, uri, v]))
}

fn parse_uri(o: &mut Out, u: &[u8]) -> Term {
    if u == b"*" {
        return atom("*");
    }
    if u.len() <= 1 || u[0] == b'/' {
        let path = o.text(u);
        return o.tuple(&[atom("abs_path"), path]);
    }
    let lower: Vec<u8> = u.iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    if lower.starts_with(b"http://") {
        return absolute(o, "http", &u[7..]);
    }
    if lower.starts_with(b"https://") {
        return absolute(o, "https", &u[8..]);
    }
    match u.iter().position(|&c| c == b':') {
        None => o.text(u),
        Some(i) => {
            let scheme = o.text(&u[..i]);
            let rest = o.text(&u[i + 1..]);
            o.tuple(&[atom("scheme"), scheme, rest])
        }
    }
}

/// `{absoluteURI, Scheme, Host, Port, Path}` for `host[:port][/path]`.
fn absolute(o: &mut Out, scheme: &str, u: &[u8]) -> Term {
    let (hostport, path): (&[u8], &[u8]) = match u.iter().position(|&c| c == b'/') {
        Some(i) => (&u[..i], &u[i..]),
        None => (u, b"/"),
    };
    let (host, port) = match hostport.iter().position(|&c| c == b':') {
        None => (hostport, Term::atom(vm::atom::UNDEFINED)),
        Some(i) => {
            let digits = &hostport[i + 1..];
            let port = if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
                digits.iter().fold(0i64, |a, &c| {
                    a.saturating_mul(10).saturating_add((c - b'0') as i64)
                })
            } else {
                0
            };
            let port = if port != 0 {
                Term::small(port)
            } else {
                Term::atom(vm::atom::UNDEFINED)
            };
            (&hostport[..i], port)
        }
    };
    let host = o.text(host);
    let path = o.text(path);
    o.tuple(&[atom("absoluteURI"), atom(scheme), host, port, path])
}

fn header(o: &mut Out, b: &[u8]) -> Option<Term> {
    if b.is_empty() {
        return Some(atom("http_eoh"));
    }
    let mut name = Vec::new();
    let mut up = true;
    let mut at = 0;
    while at < b.len() && !is_tspecial(b[at]) {
        let mut c = b[at];
        if up {
            c = c.to_ascii_uppercase();
            up = false;
        } else {
            c = c.to_ascii_lowercase();
            up = c == b'-';
        }
        name.push(c);
        at += 1;
    }
    if at == b.len() || b[at] != b':' {
        return None;
    }
    let original = &b[..at];
    let (index, field) = if at <= MAX_NAME {
        match HEADERS.iter().position(|h| h.as_bytes() == name.as_slice()) {
            Some(i) => (i as i64 + 1, atom(HEADERS[i])),
            None => (0, o.text(&name)),
        }
    } else {
        (0, o.text(original))
    };
    at += 1;
    while is_sp(b.get(at)) {
        at += 1;
    }
    let orig = o.text(original);
    let value = o.text(&b[at..]);
    Some(o.tuple(&[atom("http_header"), Term::small(index), field, orig, value]))
}
