"""Reading .eml and .msg files into message records, telling them from lead files, refusing broken ones."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st

from leadinbox.core.errors import FileRefused
from leadinbox.core.mail.reading import EML, MSG, mail_kind, parse_eml, read_mail, sniff
from tests.core.mail.msg_builder import Node, build_msg, write_cfb

SENT = (b"Message-ID: <m1@contoso.example>\r\n"
        b"Date: Tue, 03 Nov 2026 10:30:00 +0100\r\n"
        b"From: Jan Verkoper <jan@contoso.example>\r\n"
        b"To: \"de Vries, Sanne\" <Sanne@Fabrikam.Example>, bob@northwind.example\r\n"
        b"Cc: =?utf-8?q?Li_Wei_=E6=9D=8E?= <li@tailspin.example>\r\n"
        b"Subject: =?utf-8?q?Your_trial_of_Lead_Router_=E2=80=93_next_steps?=\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"\r\n"
        b"Hello Sanne,\r\nthe trial is ready.\r\n")


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_eml_gives_its_headers_decoded_and_addresses_in_lower_case(tmp_path):
    message = read_mail(_write(tmp_path, "a.eml", SENT))
    assert message.message_id == "m1@contoso.example"
    assert message.sent_at == datetime(2026, 11, 3, 9, 30, tzinfo=timezone.utc)
    assert message.sender.email == "jan@contoso.example" and message.sender.name == "Jan Verkoper"
    assert [a.email for a in message.to] == ["sanne@fabrikam.example", "bob@northwind.example"]
    assert message.to[0].name == "de Vries, Sanne"
    assert message.cc[0].name == "Li Wei 李"
    assert message.subject == "Your trial of Lead Router – next steps"
    assert message.body is None                       # headers only, unless the text is to be kept
    assert message.key == "id:m1@contoso.example"


def test_the_text_is_read_only_when_asked(tmp_path):
    message = read_mail(_write(tmp_path, "a.eml", SENT), keep_body=True)
    assert message.body == "Hello Sanne,\nthe trial is ready."


def test_an_html_only_message_keeps_its_text_without_tags():
    data = SENT.replace(b"text/plain", b"text/html").replace(b"Hello Sanne,\r\n", b"<p>Hello <b>Sanne</b></p>")
    assert parse_eml(data, keep_body=True).body.startswith("Hello Sanne")


def test_without_a_message_id_the_key_is_a_hash_of_the_headers_and_stable():
    data = SENT.replace(b"Message-ID: <m1@contoso.example>\r\n", b"")
    first, second = parse_eml(data), parse_eml(data.replace(b"\r\n", b"\n"))
    assert first.message_id is None and first.key.startswith("sha256:")
    assert first.key == second.key
    assert first.key != parse_eml(data.replace(b"next_steps", b"again")).key


def test_message_ids_are_compared_without_brackets_and_folding():
    folded = SENT.replace(b"Message-ID: <m1@contoso.example>", b"Message-ID:\r\n <m1@contoso.example>  ")
    assert parse_eml(folded).key == parse_eml(SENT).key


def test_odd_but_readable_headers(tmp_path):
    data = (b"\xef\xbb\xbfFrom MAILER-DAEMON Tue Nov  3 09:30:00 2026\n"     # a BOM and an mbox envelope line
            b"From: sanne@fabrikam.example\nTo: undisclosed-recipients:;\nDate: not a date\n"
            b"Subject: Re: trial\nIn-Reply-To: <m1@contoso.example>\n\nThanks!\n")
    message = read_mail(_write(tmp_path, "reply.txt", data.replace(b"\xef\xbb\xbf", b"")))
    assert message.sender.email == "sanne@fabrikam.example"
    assert message.to == () and message.sent_at is None
    assert message.in_reply_to == "m1@contoso.example"
    assert sniff(data) == EML


def test_a_broken_address_header_costs_that_header_not_the_message():
    data = SENT.replace(b"Cc: =?utf-8?q?Li_Wei_=E6=9D=8E?= <li@tailspin.example>",
                        b"Cc: \"unterminated <li@tailspin.example>, @@@, <>")
    message = parse_eml(data)
    assert [a.email for a in message.to] == ["sanne@fabrikam.example", "bob@northwind.example"]


def test_a_huge_message_is_read_up_to_its_header_only(tmp_path):
    path = tmp_path / "big.eml"
    with open(path, "wb") as handle:
        handle.write(SENT)
        for _ in range(200):
            handle.write((b"QUFB" * 19 + b"\r\n") * 5000)       # ~78 MB of base64 attachment
    assert read_mail(path).subject.startswith("Your trial")


def test_a_header_block_without_end_is_refused(tmp_path):
    path = _write(tmp_path, "x.eml", b"From: a@b.example\r\nTo: c@d.example\r\n" + b"X-Long: y\r\n" * 200_000)
    with pytest.raises(FileRefused, match="header block"):
        read_mail(path)


def test_a_message_without_any_address_is_refused():
    with pytest.raises(FileRefused, match="names no sender"):
        parse_eml(b"From: nobody\r\nDate: Tue, 03 Nov 2026 10:30:00 +0100\r\nSubject: x\r\n\r\n")


@pytest.mark.parametrize("data", [
    b"", b"\x00" * 100, b"email,first name,last name\r\nsanne@fabrikam.example,Sanne,de Vries\r\n",
    b'{"From": "a@b.example", "To": "c@d.example"}', b"PK\x03\x04" + b"\0" * 100,
    "Subject: only one field\r\n\r\n".encode(), b"Date,From,To,Subject\r\n2026-11-03,a@b,c@d,x\r\n"])
def test_lead_files_and_other_files_are_not_mail(tmp_path, data):
    path = _write(tmp_path, "mail.eml", data)
    assert mail_kind(path) is None
    with pytest.raises(FileRefused, match="not an email message"):
        read_mail(path)


def test_the_samples_are_not_mail(samples):
    for path in samples.iterdir():
        assert mail_kind(path) is None, path


def test_an_outlook_msg_is_read_with_its_recipient_kinds(tmp_path):
    data = build_msg(subject="Lead Router – demo", sender=("Jan Verkoper", "jan@contoso.example"),
                     to=[("Sanne de Vries", "Sanne@Fabrikam.example")], cc=[("Bob", "bob@northwind.example")],
                     bcc=[("Li", "li@tailspin.example")], message_id="<m2@contoso.example>",
                     sent=datetime(2026, 11, 3, 9, 30, tzinfo=timezone.utc), body="Hi Sanne")
    path = _write(tmp_path, "Lead Router – demo.msg", data)
    assert mail_kind(path) == MSG
    message = read_mail(path)
    assert message.key == "id:m2@contoso.example"
    assert [a.email for a in message.to] == ["sanne@fabrikam.example"]
    assert [a.email for a in message.cc] == ["bob@northwind.example"]
    assert [a.email for a in message.bcc] == ["li@tailspin.example"]
    assert message.sender.email == "jan@contoso.example"
    assert message.sent_at == datetime(2026, 11, 3, 9, 30, tzinfo=timezone.utc)
    assert message.body is None
    assert read_mail(path, keep_body=True).body == "Hi Sanne"


def test_a_msg_is_told_by_content_not_by_name(tmp_path):
    path = _write(tmp_path, "leads.csv", build_msg(subject="x", to=[("A", "a@b.example")]))
    assert mail_kind(path) == MSG and read_mail(path).to[0].email == "a@b.example"


def test_an_ole2_file_that_is_not_outlook_is_no_message(tmp_path):
    path = _write(tmp_path, "book.xls", write_cfb(Node("Root Entry", children=[Node("Workbook", b"\x09\x08" * 40)])))
    assert sniff(path.read_bytes()[:8]) == MSG and mail_kind(path) is None
    with pytest.raises(FileRefused, match="not an email message"):
        read_mail(path)


@pytest.mark.parametrize("cut", [8, 512, 1500, 3000])
def test_a_truncated_or_damaged_msg_is_refused(tmp_path, cut):
    data = build_msg(subject="x", to=[("A", "a@b.example")], body="y" * 6000)
    with pytest.raises(FileRefused):
        read_mail(_write(tmp_path, "cut.msg", data[:cut]))
    damaged = bytearray(data)
    damaged[600:1100] = b"\xff" * 500
    with pytest.raises(FileRefused):
        read_mail(_write(tmp_path, "damaged.msg", bytes(damaged)))


@given(st.binary(max_size=600))
def test_any_bytes_after_a_header_never_crash(tail):
    try:
        parse_eml(b"From: a@b.example\r\nTo: c@d.example\r\n" + tail, keep_body=True)
    except FileRefused:
        pass


@given(st.text(max_size=300))
def test_any_header_values_never_crash(value):
    data = ("From: " + value + "\r\nTo: " + value + "\r\nDate: " + value + "\r\nSubject: " + value +
            "\r\nMessage-ID: " + value + "\r\n\r\n").encode("utf-8", "surrogateescape")
    try:
        parse_eml(data)
    except FileRefused:
        pass
