package org.letterflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Files another organisation could send to hurt the server, made at test time (none is kept in
 * the repository): zip bombs in every office format, nested and crowded archives, PDFs that lie
 * about their pages, hide bombs in their streams or break their structure, XML that expands or
 * nests without end, images that claim enormous sizes, truncated files, wrong extensions, empty
 * files, polyglots and names no file should have. Each fits under {@code maxBytes}.
 */
public final class HostileFiles {

    /** One file to send, with a word on what it tries. */
    public record Hostile(String name, String fileName, byte[] bytes) {

        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private HostileFiles() {
    }

    /** At least sixty hostile files, each no larger than {@code maxBytes}. */
    public static List<Hostile> all(long maxBytes) {
        List<Hostile> files = new ArrayList<>();
        // inflates to about a thousand times what is sent: a gigabyte from a megabyte
        long bomb = Math.min(1024L * 1024 * 1024, (maxBytes - 4096) * 1000);
        String wordXml = "word/document.xml";
        files.add(new Hostile("DOCX zip bomb", "бомба.docx", ooxml(wordXml, WORD, zeros(bomb))));
        files.add(new Hostile("XLSX zip bomb", "бомба.xlsx", ooxml("xl/worksheets/sheet1.xml", SHEET, zeros(bomb))));
        files.add(new Hostile("PPTX zip bomb", "бомба.pptx", ooxml("ppt/slides/slide1.xml", SLIDE, zeros(bomb))));
        files.add(new Hostile("ODT zip bomb", "бомба.odt", odt(zeros(bomb))));
        files.add(new Hostile("ZIP bomb", "бомба.zip", zip("data.bin", zeros(bomb))));
        files.add(new Hostile("DOCX zip bomb of spaces inside text", "пробелы.docx", TestFiles.zipBombDocx()));
        files.add(new Hostile("GZIP bomb", "бомба.txt.gz", gzip(zeros(bomb))));
        files.add(new Hostile("zip nested 20 deep", "матрёшка.zip", nestedZip(20)));
        files.add(new Hostile("DOCX inside a DOCX inside a zip", "вложение.zip",
                zip("письмо.docx", fixed(zip("word/document.xml", fixed(ooxml(wordXml, WORD, zeros(bomb / 4))))))));
        files.add(new Hostile("zip of 20,000 empty entries", "много.zip", crowdedZip(20_000)));
        files.add(new Hostile("DOCX of 20,000 parts", "много.docx", crowdedOoxml(20_000)));
        files.add(new Hostile("DOCX nested 200,000 deep", "вложенность.docx", TestFiles.deeplyNestedDocx()));
        files.add(new Hostile("DOCX billion laughs", "смех.docx", TestFiles.billionLaughsDocx()));
        files.add(new Hostile("ODT billion laughs", "смех.odt", TestFiles.billionLaughsOdt()));
        files.add(new Hostile("XML billion laughs", "смех.xml", billionLaughs()));
        files.add(new Hostile("SVG billion laughs", "смех.svg", billionLaughs()));
        files.add(new Hostile("XML nested 500,000 deep", "глубина.xml", nestedXml(500_000)));
        files.add(new Hostile("XML external entity", "xxe.xml", ascii("<?xml version=\"1.0\"?><!DOCTYPE r ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")));
        files.add(new Hostile("DOCX external entity", "xxe.docx", ooxml(wordXml, WORD, fixed(ascii("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t>"
                + "</w:r></w:p></w:body></w:document>")))));
        files.add(new Hostile("HTML nested 100,000 deep", "глубина.html", ascii("<html><body>" + "<div>".repeat(100_000)
                + "x" + "</div>".repeat(100_000) + "</body></html>")));
        files.add(new Hostile("RTF groups nested 200,000 deep", "глубина.rtf", ascii("{\\rtf1 " + "{".repeat(200_000)
                + "x" + "}".repeat(200_000) + "}")));
        files.add(new Hostile("RTF claiming a 2 GB binary", "bin.rtf", ascii("{\\rtf1 {\\bin2000000000 abc}}")));

        byte[] letter = TestFiles.pdf("Прошу представить сведения в срок до 5 мая.");
        files.add(new Hostile("PDF claiming 2,000,000,000 pages", "страницы.pdf", claimingPages(2_000_000_000)));
        files.add(new Hostile("PDF claiming -1 pages", "минус.pdf", claimingPages(-1)));
        files.add(new Hostile("PDF with a gigabyte content stream", "поток.pdf", pdfWithStream(zeros(bomb), false)));
        files.add(new Hostile("PDF with a gigabyte object stream", "объекты.pdf", pdfWithStream(zeros(bomb), true)));
        files.add(new Hostile("PDF with a broken xref", "xref.pdf", brokenXref(letter)));
        files.add(new Hostile("PDF without xref or trailer", "без-xref.pdf", Arrays.copyOf(letter, indexOf(letter, "xref"))));
        files.add(new Hostile("PDF encrypted", "пароль.pdf", TestFiles.encryptedPdf("Секретно")));
        files.add(new Hostile("PDF truncated by half", "половина.pdf", Arrays.copyOf(letter, letter.length / 2)));
        files.add(new Hostile("PDF header only", "заголовок.pdf", ascii("%PDF-1.7\n")));
        files.add(new Hostile("PDF page tree looping on itself", "петля.pdf", loopingPageTree()));
        files.add(new Hostile("PDF arrays nested 100,000 deep", "массивы.pdf", ascii("%PDF-1.7\n1 0 obj\n"
                + "[".repeat(100_000) + "]".repeat(100_000) + "\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n")));
        files.add(new Hostile("PDF of one page with 100,000 empty objects", "объекты-много.pdf", manyObjects(100_000)));

        files.add(new Hostile("PNG claiming 100,000 x 100,000", "огромная.png", png(100_000, 100_000, new byte[64])));
        files.add(new Hostile("PNG decompression bomb 30,000 x 30,000", "бомба.png", png(30_000, 30_000,
                deflate(zeros(Math.min(bomb, 30_000L * 30_001))))));
        files.add(new Hostile("JPEG claiming 65,000 x 65,000", "огромная.jpg", jpeg(65_000, 65_000)));
        files.add(new Hostile("GIF claiming 65,535 x 65,535", "огромная.gif", gif(65_535, 65_535)));
        files.add(new Hostile("BMP claiming 2^30 x 2^30", "огромная.bmp", bmp(1 << 30, 1 << 30)));
        files.add(new Hostile("TIFF claiming 2^31 x 2^31", "огромная.tif", tiff(Integer.MAX_VALUE, Integer.MAX_VALUE)));

        files.add(new Hostile("DOCX truncated", "обрывок.docx", half(ooxml(wordXml, WORD, fixed(ascii(WORD_TEXT))))));
        files.add(new Hostile("XLSX truncated", "обрывок.xlsx", half(ooxml("xl/worksheets/sheet1.xml", SHEET, fixed(ascii("<x/>"))))));
        files.add(new Hostile("ZIP truncated", "обрывок.zip", half(zip("a.txt", fixed(ascii("текст".repeat(1000)))))));
        files.add(new Hostile("PNG truncated", "обрывок.png", Arrays.copyOf(png(100, 100, deflate(zeros(100 * 101))), 40)));
        files.add(new Hostile("JPEG truncated", "обрывок.jpg", Arrays.copyOf(jpeg(100, 100), 30)));
        files.add(new Hostile("OLE2 (.doc) header only", "обрывок.doc", ole2Header()));

        files.add(new Hostile("PDF named .docx", "письмо.docx", letter));
        files.add(new Hostile("DOCX named .pdf", "письмо.pdf", ooxml(wordXml, WORD, fixed(ascii(WORD_TEXT)))));
        files.add(new Hostile("Windows program named .pdf", "письмо.pdf", windowsProgram()));
        files.add(new Hostile("ELF program named .doc", "письмо.doc", elf()));
        files.add(new Hostile("HTML with script named .png", "картинка.png",
                ascii("<html><script>alert(document.cookie)</script></html>")));
        files.add(new Hostile("ZIP named .txt", "текст.txt", zip("a.txt", fixed(ascii("hello")))));
        files.add(new Hostile("random bytes named .pdf", "шум.pdf", random(256 * 1024, 7)));
        files.add(new Hostile("random bytes named .docx", "шум.docx", random(256 * 1024, 11)));

        files.add(new Hostile("empty .pdf", "пусто.pdf", new byte[0]));
        files.add(new Hostile("empty .docx", "пусто.docx", new byte[0]));
        files.add(new Hostile("empty without extension", "пусто", new byte[0]));
        files.add(new Hostile("one NUL byte", "нуль.txt", new byte[1]));

        files.add(new Hostile("PDF and ZIP in one", "полиглот.pdf", concat(letter, zip("a.html",
                fixed(ascii("<script>alert(1)</script>"))))));
        files.add(new Hostile("GIF and ZIP in one (GIFAR)", "полиглот.gif", concat(gif(10, 10),
                zip("META-INF/MANIFEST.MF", fixed(ascii("Manifest-Version: 1.0\n"))))));
        files.add(new Hostile("PDF with HTML and script", "полиглот.html", concat(ascii("<html><script>alert(1)</script><!--"),
                letter)));
        files.add(new Hostile("JPEG with a DOCX appended", "полиглот.jpg", concat(jpeg(10, 10),
                ooxml(wordXml, WORD, fixed(ascii(WORD_TEXT))))));

        files.add(new Hostile("NUL in the name", "письмо\u0000.exe.pdf", letter));
        files.add(new Hostile("path traversal in the name", "../../../../etc/passwd", letter));
        files.add(new Hostile("Windows path in the name", "C:\\Windows\\system32\\письмо.pdf", letter));
        files.add(new Hostile("1,000-character name", "п".repeat(1000) + ".pdf", letter));
        files.add(new Hostile("right-to-left override in the name", "письмо\u202Efdp.exe", letter));
        files.add(new Hostile("name of spaces", "     ", letter));
        files.add(new Hostile("control characters in the name", "пись\u0007мо\u001b[31m.pdf", letter));

        files.add(new Hostile("text of one 900 KB line", "строка.txt", ascii("я".repeat((int) Math.min(450_000, maxBytes / 2 - 10)))));
        files.add(new Hostile("UTF-16 text with a lying BOM", "utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                random(64 * 1024, 13))));
        files.add(new Hostile("e-mail nested 5,000 parts deep", "письмо.eml", nestedMail(5_000)));
        files.add(new Hostile("TAR claiming a 8 GB entry", "архив.tar", tarClaiming()));
        return files.stream().filter(f -> f.bytes().length <= maxBytes).toList();
    }

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String SLIDE = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
    private static final String WORD_TEXT = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>Письмо</w:t></w:r></w:p></w:body></w:document>";

    /**
     * What an entry holds, raw-deflated. Deflating a gigabyte takes ten seconds, so zeros are made
     * from one megabyte deflated once and ended by a full flush: each such block is the same bytes,
     * and a gigabyte of zeros is a thousand copies of it.
     */
    private record Content(long size, long crc, byte[] deflated) {
    }

    private static final int BLOCK = 1 << 20;
    private static final byte[] ZERO_BLOCK;
    private static final long ZERO_BLOCK_CRC;

    static {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[BLOCK]);
        byte[] out = new byte[64 * 1024];
        int length = deflater.deflate(out, 0, out.length, Deflater.FULL_FLUSH);
        deflater.end();
        ZERO_BLOCK = Arrays.copyOf(out, length);
        CRC32 crc = new CRC32();
        crc.update(new byte[BLOCK]);
        ZERO_BLOCK_CRC = crc.getValue();
    }

    /** {@code size} zeros (rounded up to whole megabytes). */
    private static Content zeros(long size) {
        int blocks = (int) ((size + BLOCK - 1) / BLOCK);
        ByteArrayOutputStream out = new ByteArrayOutputStream(blocks * ZERO_BLOCK.length + 2);
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[BLOCK];
        for (int i = 0; i < blocks; i++) {
            out.writeBytes(ZERO_BLOCK);
            crc.update(zeros);
        }
        out.writeBytes(new byte[] {3, 0}); // the final, empty block
        return new Content((long) blocks * BLOCK, crc.getValue(), out.toByteArray());
    }

    private static Content fixed(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Content(bytes.length, crc.getValue(), out.toByteArray());
    }

    /** A ZIP archive of the given entries, written by hand so that deflated content goes in as it is. */
    private static byte[] zipOf(Object... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        int count = namesAndContents.length / 2;
        for (int i = 0; i < count; i++) {
            byte[] name = ((String) namesAndContents[2 * i]).getBytes(StandardCharsets.UTF_8);
            Content content = (Content) namesAndContents[2 * i + 1];
            int offset = out.size();
            out.writeBytes(le(0x04034b50, 4));
            out.writeBytes(le(20, 2));
            out.writeBytes(le(0x0800, 2));
            out.writeBytes(le(8, 2));
            out.writeBytes(le(0, 4));
            out.writeBytes(le(content.crc(), 4));
            out.writeBytes(le(content.deflated().length, 4));
            out.writeBytes(le(content.size(), 4));
            out.writeBytes(le(name.length, 2));
            out.writeBytes(le(0, 2));
            out.writeBytes(name);
            out.writeBytes(content.deflated());
            directory.writeBytes(le(0x02014b50, 4));
            directory.writeBytes(le(20, 2));
            directory.writeBytes(le(20, 2));
            directory.writeBytes(le(0x0800, 2));
            directory.writeBytes(le(8, 2));
            directory.writeBytes(le(0, 4));
            directory.writeBytes(le(content.crc(), 4));
            directory.writeBytes(le(content.deflated().length, 4));
            directory.writeBytes(le(content.size(), 4));
            directory.writeBytes(le(name.length, 2));
            directory.writeBytes(le(0, 2));
            directory.writeBytes(le(0, 2));
            directory.writeBytes(le(0, 2));
            directory.writeBytes(le(0, 2));
            directory.writeBytes(le(0, 4));
            directory.writeBytes(le(offset, 4));
            directory.writeBytes(name);
        }
        int directoryAt = out.size();
        out.writeBytes(directory.toByteArray());
        out.writeBytes(le(0x06054b50, 4));
        out.writeBytes(le(0, 2));
        out.writeBytes(le(0, 2));
        out.writeBytes(le(count, 2));
        out.writeBytes(le(count, 2));
        out.writeBytes(le(directory.size(), 4));
        out.writeBytes(le(directoryAt, 4));
        out.writeBytes(le(0, 2));
        return out.toByteArray();
    }

    private static byte[] le(long value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private static byte[] ooxml(String part, String contentType, Content content) {
        return zipOf("[Content_Types].xml", fixed(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                        + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                        + "application/xml\"/><Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/></Types>")),
                "_rels/.rels", fixed(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                        + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                        + part + "\"/></Relationships>")),
                part, content);
    }

    private static byte[] odt(Content content) {
        // the mimetype should be stored, not deflated; Tika finds the type by the manifest all the same
        return zipOf("mimetype", fixed(ascii("application/vnd.oasis.opendocument.text")),
                "META-INF/manifest.xml", fixed(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>")),
                "content.xml", content);
    }

    private static byte[] zip(String name, Content content) {
        return zipOf(name, content);
    }

    private static byte[] nestedZip(int depth) {
        byte[] inner = zip("письмо.txt", fixed(ascii("x".repeat(100))));
        for (int i = 0; i < depth; i++) {
            inner = zip("уровень" + i + ".zip", fixed(inner));
        }
        return inner;
    }

    private static byte[] crowdedZip(int entries) {
        Object[] all = new Object[2 * entries];
        Content empty = fixed(new byte[0]);
        for (int i = 0; i < entries; i++) {
            all[2 * i] = "f" + i;
            all[2 * i + 1] = empty;
        }
        return zipOf(all);
    }

    private static byte[] crowdedOoxml(int parts) {
        Object[] all = new Object[2 * (parts + 3)];
        String part = "word/document.xml";
        all[0] = "[Content_Types].xml";
        all[1] = fixed(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\""
                + "application/xml\"/><Override PartName=\"/" + part + "\" ContentType=\"" + WORD + "\"/></Types>"));
        all[2] = "_rels/.rels";
        all[3] = fixed(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                + part + "\"/></Relationships>"));
        all[4] = part;
        all[5] = fixed(ascii(WORD_TEXT));
        Content empty = fixed(new byte[0]);
        for (int i = 0; i < parts; i++) {
            all[6 + 2 * i] = "word/media/p" + i + ".xml";
            all[7 + 2 * i] = empty;
        }
        return zipOf(all);
    }

    private static byte[] gzip(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff});
        out.writeBytes(content.deflated());
        out.writeBytes(le(content.crc(), 4));
        out.writeBytes(le(content.size(), 4));
        return out.toByteArray();
    }

    /** A zlib stream (as PNG and PDF hold them); the checksum is left zero, as many readers never check it. */
    private static byte[] deflate(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x78, (byte) 0xDA});
        out.writeBytes(content.deflated());
        out.writeBytes(new byte[4]);
        return out.toByteArray();
    }

    private static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        xml.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>");
        return ascii(xml.toString());
    }

    private static byte[] nestedXml(int depth) {
        return ascii("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "</a>".repeat(depth));
    }

    /** A real one-page PDF whose page tree says it has {@code count} pages. */
    public static byte[] claimingPages(int count) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(TestFiles.pdf("Письмо на одной странице, "
                + "а в дереве страниц записано иное число."))) {
            document.getPages().getCOSObject().setInt(COSName.COUNT, count);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-written PDF whose one stream (the page's content, or an object stream) inflates to {@code content}. */
    private static byte[] pdfWithStream(Content content, boolean objectStream) {
        byte[] stream = deflate(content);
        List<byte[]> parts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int[] at = {0};
        java.util.function.Consumer<byte[]> add = b -> {
            parts.add(b);
            at[0] += b.length;
        };
        add.accept(ascii("%PDF-1.7\n"));
        offsets.add(at[0]);
        add.accept(ascii("1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"));
        offsets.add(at[0]);
        add.accept(ascii("2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"));
        offsets.add(at[0]);
        add.accept(ascii("3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n"));
        offsets.add(at[0]);
        add.accept(ascii("4 0 obj <</Length " + stream.length + "/Filter/FlateDecode"
                + (objectStream ? "/Type/ObjStm/N 1000/First 10" : "") + ">>\nstream\n"));
        add.accept(stream);
        add.accept(ascii("\nendstream endobj\n"));
        int xref = at[0];
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer <</Size 5/Root 1 0 R>>\nstartxref\n").append(xref).append("\n%%EOF\n");
        add.accept(ascii(table.toString()));
        return concat(parts.toArray(byte[][]::new));
    }

    private static byte[] brokenXref(byte[] pdf) {
        byte[] broken = pdf.clone();
        int xref = lastIndexOf(broken, "startxref");
        byte[] garbage = ascii("startxref\n999999999\n%%EOF\n");
        byte[] out = Arrays.copyOf(broken, xref + garbage.length);
        System.arraycopy(garbage, 0, out, xref, garbage.length);
        return out;
    }

    private static byte[] loopingPageTree() {
        return ascii("%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>> endobj\n"
                + "3 0 obj <</Type/Pages/Parent 2 0 R/Kids[2 0 R 3 0 R]/Count 5>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n");
    }

    private static byte[] manyObjects(int count) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>> endobj\n");
        for (int i = 4; i < count + 4; i++) {
            pdf.append(i).append(" 0 obj<<>>endobj\n");
        }
        return ascii(pdf.append("trailer <</Root 1 0 R>>\n%%EOF\n").toString());
    }

    private static byte[] png(int width, int height, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeBytes = ascii(type);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] jpeg(int width, int height) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1,
            0, 0, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, 1,
            1, 0x11, 0, (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    private static byte[] gif(int width, int height) {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8),
            0, 0, 0, ',', 0, 0, 0, 0, (byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8), 0, 2, 2, 0x44, 1, 0, ';'};
    }

    private static byte[] bmp(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(64).putInt(0).putInt(54).putInt(40).putInt(width).putInt(height)
                .putShort((short) 1).putShort((short) 24).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0);
        return b.array();
    }

    private static byte[] tiff(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 3);
        b.putShort((short) 256).putShort((short) 4).putInt(1).putInt(width);
        b.putShort((short) 257).putShort((short) 4).putInt(1).putInt(height);
        b.putShort((short) 273).putShort((short) 4).putInt(1).putInt(60);
        return b.array();
    }

    private static byte[] ole2Header() {
        byte[] header = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, header, 0, magic.length);
        Arrays.fill(header, 44, 48, (byte) 0x7F); // a sector count of two billion
        return header;
    }

    private static byte[] windowsProgram() {
        byte[] exe = random(4096, 3);
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    private static byte[] elf() {
        byte[] elf = random(4096, 5);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    private static byte[] nestedMail(int depth) {
        StringBuilder mail = new StringBuilder("From: a@example.org\r\nSubject: x\r\n");
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        return ascii(mail.append("\r\nx\r\n").toString());
    }

    private static byte[] tarClaiming() {
        byte[] header = new byte[1024];
        byte[] name = ascii("огромный.bin");
        System.arraycopy(name, 0, header, 0, Math.min(name.length, 100));
        byte[] size = ascii("77777777777\0"); // octal: 8 GB
        System.arraycopy(size, 0, header, 124, size.length);
        byte[] magic = ascii("ustar\u000000");
        System.arraycopy(magic, 0, header, 257, magic.length);
        Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += header[i] & 0xFF;
        }
        byte[] checksum = ascii(String.format("%06o\0 ", sum));
        System.arraycopy(checksum, 0, header, 148, checksum.length);
        return header;
    }

    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static int lastIndexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
