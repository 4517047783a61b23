#!/usr/bin/env python3
"""Regenerates the malformed import corpus (run from this folder)."""
import io
import zipfile


def w(name, data):
    with open(name, 'wb') as f:
        f.write(data)


def z(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as f:
        for n, d in entries:
            f.writestr(n, d)
    return b.getvalue()


w('err-empty.txt', b'')
w('err-whitespace.txt', b'  \r\n\t\n  \n')
w('err-binary.txt', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00')
w('err-nul.txt', '一、总体要求\n'.encode() + b'\x00' + '（一）指导思想'.encode())
w('err-mixed-encoding.txt', '一、总体要求\n（一）指导思想。碳达峰碳中和。\n'.encode('utf-8') + '二、主要目标\n'.encode('gb18030'))
w('err-utf16-without-bom.txt', '一、总体要求'.encode('utf-16-le'))
w('err-truncated-gb18030.txt', '一、总体要求'.encode('gb18030') + b'\x81')
w('err-utf32.txt', '一、总体要求'.encode('utf-32'))
w('err-control-bytes.txt', b'abc\x01\x02\x03def')
w('warn-no-headings.txt', '这是一段没有任何标题编号的说明文字。到2025年，比重达到22%。'.encode())
w('warn-gb18030-plan.txt', '某市碳达峰实施方案\n一、重点任务\n1.发展光伏。到2025年，光伏装机达到5万千瓦。'
  '（市发改委牵头，市工信局按职责分工负责）\n2.节能改造。\n'.encode('gb18030'))
w('ok-deep-nesting.txt', ''.join(f'{"（" + str(i) + "）" if i % 2 else str(i) + "."}标题{i}\n' for i in range(1, 60)).encode())
w('ok-unbalanced-parentheses.txt', '一、重点任务\n1.任务。（市发改委牵头，市工信局按职责分工负责\n2.任务。市发改委牵头）)))((（（\n'.encode())
w('ok-page-markers-only.txt', '— 1 — — 2 — — 3 —\n一、总体要求 — 4 —\n'.encode())
w('ok-script.html', '<html><head><script>alert("一、x")</script><style>body{}</style></head><body><nav>一、导航</nav>'
  '<p>一、总体要求</p><script>document.write("x")</script><p>&#0; &#xD800; &bogus; <</p></body></html>'.encode())
w('ok-unclosed-script.html', '<html><body><p>一、总体要求</p><script>var a = "'.encode())
w('err-bomb.docx', z([('word/document.xml', b' ' * (30 << 20))]))
w('err-traversal.docx', z([('../word/document.xml', b'<w:document/>'), ('word/document.xml', b'<w:document/>')]))
w('err-dtd.docx', z([('word/document.xml', b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>')]))
w('err-not-a-zip.docx', b'PK\x03\x04this is not really a zip file')
w('err-no-document.docx', z([('word/styles.xml', b'<styles/>')]))
w('err-malformed-xml.docx', z([('word/document.xml', b'<w:document><w:body><w:p><w:t>x</w:p>')]))
w('err-truncated.docx', z([('word/document.xml', b'<w:document>' + b'<w:p><w:r><w:t>x</w:t></w:r></w:p>' * 1000 + b'</w:document>')])[:300])
w('warn-empty-body.docx', z([('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r>'
                                                 '<w:t>说明</w:t></w:r></w:p></w:body></w:document>'.encode())]))
