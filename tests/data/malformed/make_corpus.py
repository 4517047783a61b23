#!/usr/bin/env python3
"""Generates the malformed/hostile .pwplan corpus and its expectation table (expected.tsv).

Python 3 standard library only. The generated files are committed, so CI never runs this script;
re-run it after changing a case:  python3 tests/data/malformed/make_corpus.py
Every archive is built byte by byte (not with zipfile) so headers can lie on purpose.
"""

import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MIME = b"application/vnd.planwright.plan+zip"

DEPT = "11111111-1111-4111-8111-111111111111"
IND = "22222222-2222-4222-8222-222222222222"
NODE = "33333333-3333-4333-8333-333333333333"
CHILD = "44444444-4444-4444-8444-444444444444"
TARGET = "55555555-5555-4555-8555-555555555555"
UNKNOWN = "99999999-9999-4999-8999-999999999999"


def valid_plan():
    return {
        "metadata": {"title": "测试方案", "issuer": "某市人民政府", "docNumber": "某政发〔2023〕1号",
                     "issueDate": "2023-05-06", "level": "city", "region": "某市", "status": "issued",
                     "parentRefs": [], "milestoneYears": [2025, 2030]},
        "source": {"name": ""},
        "departments": [{"id": DEPT, "name": "市发展改革委", "aliases": [], "level": "city", "kind": "department"}],
        "indicators": [{"id": IND, "name": "非化石能源消费比重", "unit": "%", "category": "",
                        "direction": "increase", "binding": "expected"}],
        "nodes": [
            {"id": NODE, "parent": None, "kind": "chapter", "title": "总体要求", "text": "", "lead": [DEPT],
             "support": [], "territorial": [], "deadline": "", "tags": [], "span": None, "assignmentSpan": None},
            {"id": CHILD, "parent": NODE, "kind": "section", "title": "主要目标", "text": "", "lead": [],
             "support": [], "territorial": [], "deadline": "", "tags": [], "span": None, "assignmentSpan": None},
        ],
        "targets": [{"id": TARGET, "indicator": IND, "year": 2025, "comparator": "≥", "value": 20,
                     "stretch": None, "baseYear": 0, "baseValue": None, "commitment": "ensure",
                     "allocation": "", "node": NODE, "span": None}],
        "projects": [],
    }


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=4).encode("utf-8")


def manifest(names, version=1):
    return dumps({"formatVersion": version, "entries": names})


class Entry:
    """One archive entry; every header field can be overridden to lie."""

    def __init__(self, name, data=b"", method=8, **over):
        self.name = name.encode("utf-8") if isinstance(name, str) else name
        self.data = data
        self.method = method
        self.over = over

    def compressed(self):
        if "raw" in self.over:
            return self.over["raw"]
        if self.method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            return c.compress(self.data) + c.flush()
        return self.data


def build(entries, prepend=b"", eocd_count=None, central_offsets=None, extra_central=()):
    """Builds a zip. central_offsets lets directory entries point at arbitrary local headers."""
    out = bytearray(prepend)
    records = []
    for e in entries:
        comp = e.compressed()
        crc = e.over.get("crc", zlib.crc32(e.data) & 0xFFFFFFFF)
        csize = e.over.get("csize", len(comp))
        usize = e.over.get("usize", len(e.data))
        flags = e.over.get("flags", 0x800)
        offset = len(out)
        local_name = e.over.get("local_name", e.name)
        local_method = e.over.get("local_method", e.method)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, local_method, 0, 0x21, crc, csize, usize,
                           len(local_name), 0) + local_name + comp
        records.append((e, crc, csize, usize, flags, offset))
    directory = bytearray()
    for i, (e, crc, csize, usize, flags, offset) in enumerate(records):
        if central_offsets is not None:
            offset = central_offsets[i]
        attr = e.over.get("attr", 0o100644 << 16)
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, flags, e.method, 0, 0x21,
                                 crc, csize, usize, len(e.name), 0, 0, 0, 0, attr, offset) + e.name
    for raw in extra_central:
        directory += raw
    count = len(records) + len(extra_central) if eocd_count is None else eocd_count
    start = len(out)
    out += directory
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), start, 0)
    return bytes(out)


def build_overlap(entries):
    """Writes the first two entries normally; every later directory entry points at the second one."""
    shared_offset = 30 + len(entries[0].name) + len(entries[0].compressed())
    offsets = [0] + [shared_offset] * (len(entries) - 1)
    body = build(entries[:2])
    directory_start = struct.unpack("<I", body[-6:-2])[0]
    local = body[:directory_start]
    directory = bytearray()
    e = entries[1]
    comp = e.compressed()
    for i, entry in enumerate(entries):
        data, method = (entry.data, entry.method)
        c = comp if i else entry.compressed()
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, 0x800, method, 0, 0x21,
                                 zlib.crc32(data) & 0xFFFFFFFF, len(c), len(data), len(entry.name), 0, 0, 0, 0,
                                 0o100644 << 16, offsets[i]) + entry.name
    return local + bytes(directory) + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                                                  len(directory), len(local), 0)


def plan_archive(plan_json=None, manifest_json=None, extra=(), mime=MIME, mime_method=0, order=None):
    plan_json = dumps(valid_plan()) if plan_json is None else plan_json
    names = ["mimetype", "manifest.json", "plan.json"] + [e.name.decode() for e in extra]
    manifest_json = manifest(names) if manifest_json is None else manifest_json
    entries = [Entry("mimetype", mime, mime_method), Entry("manifest.json", manifest_json),
               Entry("plan.json", plan_json)] + list(extra)
    if order:
        entries = [entries[i] for i in order]
    return build(entries)


def json_with(mutate):
    plan = valid_plan()
    mutate(plan)
    return dumps(plan)


CASES = []


def case(name, data, fragment, what):
    CASES.append((name, data, fragment, what))


def generate():
    base = plan_archive()
    # A: archive structure.
    case("not-a-zip.pwplan", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "not a zip archive", "not a zip")
    case("empty.pwplan", b"", "the file is empty", "0 bytes")
    for n in (1, 4, 22, 30, 64, len(base) // 3, len(base) // 2, len(base) - 23, len(base) - 22, len(base) - 1):
        case("truncated-%04d.pwplan" % n, base[:n], "central directory is damaged", "valid file truncated to %d bytes" % n)
    case("eocd-count-too-high.pwplan", build([Entry("mimetype", MIME, 0)], eocd_count=3),
         "central directory is damaged", "end record claims 3 entries, directory has 1")
    case("eocd-count-huge.pwplan", build([Entry("mimetype", MIME, 0)], eocd_count=60000),
         "too many entries", "end record claims 60000 entries")
    case("prepended-data.pwplan", b"MZ" + b"\0" * 62 + base, "data before or inside the archive",
         "64 bytes of junk before a valid archive (polyglot)")
    case("local-name-mismatch.pwplan",
         build([Entry("mimetype", MIME, 0), Entry("plan.json", b"{}", local_name=b"evil.json")]),
         "inconsistent archive", "local header name differs from the central directory name")
    case("local-method-mismatch.pwplan",
         build([Entry("mimetype", MIME, 0), Entry("plan.json", b"{}", local_method=0)]),
         "inconsistent archive", "local header method differs from the central directory")
    stored_plan = build([Entry("mimetype", MIME, 0), Entry("manifest.json", manifest(["mimetype", "manifest.json", "plan.json"])),
                         Entry("plan.json", dumps(valid_plan()), 0)])
    i = stored_plan.find(b"\xe6\xb5\x8b")  # a byte inside the stored plan.json ("测")
    case("crc-mismatch.pwplan", stored_plan[:i] + b"\xe6\xb5\x8c" + stored_plan[i + 3:], "checksum",
         "one byte of stored plan.json changed, CRC kept")
    case("missing-mimetype.pwplan", plan_archive(order=[1, 2]), "first entry must be \"mimetype\"", "no mimetype entry")
    case("mimetype-not-first.pwplan", plan_archive(order=[1, 0, 2]), "first entry must be \"mimetype\"",
         "mimetype is the second entry")
    case("mimetype-wrong.pwplan", plan_archive(mime=b"application/zip"), "wrong mimetype", "mimetype says application/zip")
    case("mimetype-compressed.pwplan", plan_archive(mime_method=8), "wrong mimetype", "mimetype deflated")
    case("missing-manifest.pwplan", plan_archive(order=[0, 2]), "manifest.json is missing", "no manifest.json")
    case("missing-plan.pwplan", plan_archive(order=[0, 1]), "lists \"plan.json\", which is missing",
         "manifest lists plan.json, entry absent")
    case("manifest-omits-plan.pwplan", plan_archive(manifest_json=manifest(["mimetype", "manifest.json"])),
         "plan.json is missing", "plan.json present but not listed")
    case("duplicate-entry.pwplan", plan_archive(extra=[Entry("plan.json", b"{}")]), "appears more than once",
         "plan.json twice")
    case("duplicate-entry-case.pwplan", plan_archive(extra=[Entry("Plan.JSON", b"{}")]), "appears more than once",
         "plan.json and Plan.JSON")
    case("duplicate-entry-nfd.pwplan",
         plan_archive(extra=[Entry("attachments/caf\u00e9", b"1"), Entry("attachments/cafe\u0301", b"2")]),
         "appears more than once", "NFC and NFD spellings of one name")
    # B: paths and names.
    for fname, name, frag in [
            ("traversal-dotdot.pwplan", "../evil.txt", "relative path component"),
            ("traversal-nested.pwplan", "attachments/../../evil.txt", "relative path component"),
            ("traversal-minizip-433.pwplan", "././y/x/../../../../tmp/zz", "relative path component"),
            ("absolute-path.pwplan", "/etc/cron.d/evil", "absolute path"),
            ("absolute-unc.pwplan", "//server/share/x", "absolute path"),
            ("backslash-traversal.pwplan", "..\\..\\evil.txt", "backslash in name"),
            ("drive-letter.pwplan", "C:/Windows/evil.txt", "drive letter"),
            ("drive-letter-relative.pwplan", "W:../evil.txt", "drive letter"),
            ("control-char-name.pwplan", "attachments/a\x01b", "control character in name"),
            ("newline-name.pwplan", "attachments/a\nb\u202e", "entry \"attachments/a\\u000ab\\u202e\": control character", ),
            ("long-name.pwplan", "attachments/" + "n" * 300, "name longer than")]:
        case(fname, plan_archive(extra=[Entry(name, b"x")]), frag, "entry named %r" % name[:40])
    # C: links, encryption, methods.
    case("symlink.pwplan", plan_archive(extra=[Entry("attachments/link", b"/home/user/.bashrc", 0, attr=0o120777 << 16)]),
         "symbolic link", "symlink entry pointing to ~/.bashrc")
    case("encrypted.pwplan", plan_archive(extra=[Entry("attachments/secret", b"x" * 40, 0, flags=0x801)]),
         "encrypted", "general-purpose bit 0 set")
    case("method-bzip2.pwplan", plan_archive(extra=[Entry("attachments/b", b"BZh91AY&SY", 12)]),
         "unsupported compression method 12", "bzip2 (12)")
    case("method-aes.pwplan", plan_archive(extra=[Entry("attachments/a", b"\0" * 16, 99)]),
         "unsupported compression method 99", "AES (99)")
    # D: resource exhaustion.
    zeros = b"\0" * (100 << 20)
    case("bomb-declared.pwplan", plan_archive(extra=[Entry("attachments/zeros", zeros)]), "is too large",
         "100 MiB of zeros, size declared honestly")
    case("bomb-ratio.pwplan", plan_archive(extra=[Entry("attachments/zeros", zeros[:60 << 20])]),
         "suspicious compression ratio", "60 MiB of zeros (under the entry cap), ratio ~1000:1")
    case("bomb-underdeclared.pwplan", plan_archive(extra=[Entry("attachments/zeros", zeros, usize=1000)]),
         "checksum", "100 MiB of zeros declared as 1000 bytes")
    case("size-overdeclared.pwplan", plan_archive(extra=[Entry("attachments/a", b"abc" * 100, usize=100000)]),
         "inconsistent size", "300 bytes declared as 100000")
    case("csize-lie.pwplan", plan_archive(extra=[Entry("attachments/a", b"abc" * 100, csize=5)]),
         "damaged", "compressed size declared too small")
    kernel = Entry("attachments/kernel", b"\0" * (8 << 20))
    overlap = [Entry("mimetype", MIME, 0), kernel] + [kernel] * 249
    case("bomb-overlap.pwplan", build_overlap(overlap), "overlaps another entry",
         "250 directory entries share one 8 MiB deflate stream (2 GiB in all)")
    chain = [Entry("mimetype", MIME, 0)] + [Entry("attachments/q%d" % k, b"\0" * (1 << 20)) for k in range(5)]
    sizes = [len(e.compressed()) + 30 + len(e.name) for e in chain[1:]]
    chain[1].over["csize"] = sum(sizes) - 30 - len(chain[1].name)
    case("bomb-quoted-overlap.pwplan", build(chain), "overlaps another entry",
         "first entry's declared data covers the following entries (quoted-overlap shape)")
    # E: content semantics.
    case("future-version.pwplan", plan_archive(manifest_json=manifest(["mimetype", "manifest.json", "plan.json"], 99)),
         "formatVersion 99 is newer", "formatVersion 99")
    case("version-fraction.pwplan", plan_archive(manifest_json=manifest(["mimetype", "manifest.json", "plan.json"], 1.5)),
         "formatVersion must be a positive integer", "formatVersion 1.5")
    case("version-string.pwplan", plan_archive(manifest_json=manifest(["mimetype", "manifest.json", "plan.json"], "1")),
         "formatVersion must be a positive integer", "formatVersion \"1\"")
    case("manifest-lists-missing.pwplan",
         plan_archive(manifest_json=manifest(["mimetype", "manifest.json", "plan.json", "review/\n\u202egpj.exe"])),
         "lists \"review/\\u000a\\u202egpj.exe\", which is missing", "manifest lists a missing entry with a newline and RTL override")
    case("manifest-not-json.pwplan", plan_archive(manifest_json=b"{\"formatVersion\": 1,"), "manifest.json is not a JSON object",
         "truncated manifest")
    case("deep-json.pwplan", plan_archive(plan_json=b"{\"metadata\":" + b"[" * 5000 + b"]" * 5000 + b"}"),
         "nested deeper than", "plan.json nested 5000 levels")
    case("deep-json-1025.pwplan", plan_archive(plan_json=b"[" * 1025 + b"]" * 1025), "nested deeper than",
         "plan.json nested 1025 levels (beyond QJsonDocument's limit)")
    case("duplicate-key.pwplan",
         plan_archive(plan_json=dumps(valid_plan()).replace(b'"title": "\xe6\xb5\x8b', b'"title": "A", "title": "\xe6\xb5\x8b', 1)),
         "duplicate key \"title\"", "metadata.title twice")
    case("duplicate-key-escaped.pwplan",
         plan_archive(plan_json=dumps(valid_plan()).replace(b'"title": "\xe6\xb5\x8b', b'"t\\u0069tle": "A", "title": "\xe6\xb5\x8b', 1)),
         "duplicate key \"title\"", "metadata.title twice, once spelled with an escape")
    case("invalid-utf8.pwplan", plan_archive(plan_json=dumps(valid_plan()).replace(b"\xe6\xb5\x8b", b"\xff\xfe", 1)),
         "plan.json", "invalid UTF-8 in plan.json")
    case("plan-not-object.pwplan", plan_archive(plan_json=b"[]"), "expected an object", "plan.json is an array")
    case("wrong-type-title.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][0].update(title=5))),
         "nodes[0].title: expected a string", "node title is a number")
    case("wrong-type-year.pwplan", plan_archive(plan_json=json_with(lambda p: p["targets"][0].update(year="2025"))),
         "targets[0].year: expected an integer", "target year is a string")
    case("wrong-type-nodes.pwplan", plan_archive(plan_json=json_with(lambda p: p.update(nodes={}))),
         "nodes: expected an array", "nodes is an object")
    case("wrong-value-year.pwplan", plan_archive(plan_json=json_with(lambda p: p["metadata"].update(milestoneYears=[1e300]))),
         "metadata.milestoneYears[0]: expected a year", "milestone year 1e300")
    case("wrong-value-nan.pwplan",
         plan_archive(plan_json=dumps(valid_plan()).replace(b'"value": 20', b'"value": NaN', 1)),
         "plan.json", "NaN literal (not JSON)")
    case("wrong-enum.pwplan", plan_archive(plan_json=json_with(lambda p: p["metadata"].update(level="galaxy"))),
         "metadata.level: unknown value \"galaxy\"", "unknown administrative level")
    case("bad-date.pwplan", plan_archive(plan_json=json_with(lambda p: p["metadata"].update(issueDate="2023-13-45"))),
         "metadata.issueDate: expected a date", "issue date 2023-13-45")
    case("missing-title.pwplan", plan_archive(plan_json=json_with(lambda p: p["metadata"].pop("title"))),
         "metadata.title: missing", "metadata.title absent")
    case("missing-metadata.pwplan", plan_archive(plan_json=json_with(lambda p: p.pop("metadata"))),
         "metadata: missing", "metadata absent")
    case("missing-node-id.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][1].pop("id"))),
         "nodes[1].id: missing", "node without id")
    case("dangling-lead.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][0].update(lead=[UNKNOWN]))),
         "nodes[0].lead: refers to unknown id", "lead department does not exist")
    case("dangling-indicator.pwplan", plan_archive(plan_json=json_with(lambda p: p["targets"][0].update(indicator=UNKNOWN))),
         "targets[0].indicator: refers to unknown indicator", "target's indicator does not exist")
    case("dangling-parent.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][1].update(parent=UNKNOWN))),
         "nodes[1].parent: parent must be listed before its children", "node's parent does not exist")
    case("dangling-target-node.pwplan", plan_archive(plan_json=json_with(lambda p: p["targets"][0].update(node=UNKNOWN))),
         "targets[0].node: refers to unknown id", "target's node does not exist")
    case("parent-cycle.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][0].update(parent=CHILD))),
         "nodes[0].parent: parent must be listed before its children", "two nodes are each other's parent")
    case("duplicate-id.pwplan", plan_archive(plan_json=json_with(lambda p: p["nodes"][1].update(id=NODE, parent=None))),
         "nodes[1].id: duplicate id", "two nodes share an id")
    case("bad-uuid.pwplan", plan_archive(plan_json=json_with(lambda p: p["departments"][0].update(id="not-a-uuid"))),
         "departments[0].id: expected an id", "malformed uuid")


def main():
    generate()
    for f in os.listdir(HERE):
        if f.endswith(".pwplan"):
            os.remove(os.path.join(HERE, f))
    rows = ["# file\texpected message fragment\twhat it is"]
    for name, data, fragment, what in CASES:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append("%s\t%s\t%s" % (name, fragment, what))
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "valid-minimal.pwplan.ok"), "wb") as f:
        f.write(plan_archive())
    print("%d files" % len(CASES))


if __name__ == "__main__":
    main()
