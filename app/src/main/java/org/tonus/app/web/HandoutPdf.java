package org.tonus.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.tonus.core.monograph.Monograph;

/**
 * The printable patient handout: the monograph of one jurisdiction as an A4 PDF (Apache PDFBox),
 * every section with its facts and source ids, the disagreements between sources, the sources with
 * their addresses, and the not-medical-advice statement on the first page.
 */
final class HandoutPdf {
  private static final float MARGIN = 50;
  private static final float BODY_SIZE = 10;
  private static final float LEADING = 1.35f;
  // characters the standard PDF fonts cannot draw, written the way a reader would say them
  private static final Map<Integer, String> PLAIN =
      Map.of(0x2265, ">=", 0x2264, "<=", 0x2192, "->", 0x03bc, "mc", 0x2212, "-", 0x2248, "~");

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  byte[] write(MonographView monograph) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(monograph.heading() + " - patient handout");
      info.setAuthor("Tonus");
      Writer out = new Writer(document);
      out.paragraph(bold, 16, monograph.heading() + " - patient handout");
      out.paragraph(bold, BODY_SIZE, Monograph.DISCLAIMER);
      for (MonographView.SectionView section : monograph.sections()) {
        out.space();
        out.paragraph(bold, 12, section.number() + ". " + section.title());
        for (MonographView.FactView fact : section.facts()) {
          String note = fact.note().isEmpty() ? "" : " (" + fact.note() + ")";
          out.paragraph(
              regular,
              BODY_SIZE,
              "- " + fact.text() + note + " [" + String.join(", ", fact.sources()) + "]");
        }
      }
      out.space();
      out.paragraph(bold, 12, "Where sources disagree");
      for (MonographView.ConflictView conflict : monograph.conflicts()) {
        out.paragraph(bold, BODY_SIZE, conflict.topic());
        for (MonographView.PositionView position : conflict.positions()) {
          out.paragraph(
              regular,
              BODY_SIZE,
              "- " + position.claim() + " [" + String.join(", ", position.sources()) + "]");
        }
        out.paragraph(regular, BODY_SIZE, "Resolution: " + conflict.resolution());
      }
      out.space();
      out.paragraph(bold, 12, "Sources");
      for (MonographView.SourceView source : monograph.sources()) {
        List<String> where = new ArrayList<>(source.links());
        where.addAll(source.references());
        out.paragraph(
            regular,
            BODY_SIZE,
            source.id() + ": " + source.description() + " " + String.join(" ", where));
      }
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the handout could not be written", e);
    }
  }

  /** Lays out wrapped paragraphs top to bottom, starting a new page when one is full. */
  private final class Writer {
    private final PDDocument document;
    private PDPageContentStream page;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void paragraph(PDFont font, float size, String text) throws IOException {
      for (String line : wrap(font, size, drawable(font, text))) {
        if (y - size * LEADING < MARGIN) {
          newPage();
        }
        y -= size * LEADING;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(line);
        page.endText();
      }
    }

    void space() {
      y -= BODY_SIZE;
    }

    void close() throws IOException {
      page.close();
    }

    private void newPage() throws IOException {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = next.getMediaBox().getHeight() - MARGIN;
    }

    private List<String> wrap(PDFont font, float size, String text) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String tried = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(tried);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  /** The text with every character the font cannot encode spelled out or replaced by '?'. */
  private static String drawable(PDFont font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String plain = PLAIN.get(c);
              if (plain != null) {
                out.append(plain);
                return;
              }
              String one = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
              try {
                font.encode(one);
                out.append(one);
              } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
              }
            });
    return out.toString();
  }
}
