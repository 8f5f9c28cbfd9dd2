// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/import/ImportReader.h"

#include "app/import/CsvReader.h"
#include "app/import/VCardReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <uchardet.h>

namespace bk {

namespace {
// How much of the file's start decides its encoding: enough that the first umlaut of a long ASCII-heavy
// export is usually in it.
constexpr qint64 SampleBytes = 1024 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;

QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// Whether `sample` decodes as UTF-8 without one invalid byte (a sequence cut off at its end is not one). The
// non-ASCII text of other encodings forms valid UTF-8 only by rare chance, while uchardet, given a file
// whose few accented letters stand among thousands of ASCII ones, often names a single-byte encoding: it
// read a Google Contacts export with one "É" as MAC-CENTRALEUROPE.
bool isUtf8(const QByteArray &sample) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(sample);
    return !utf8.hasError();
}

// The encoding of `sample` (the file's first bytes): a byte-order mark decides, then whether it is UTF-8
// (plain ASCII is too), otherwise uchardet.
QString detectedEncoding(const QByteArray &sample) {
    if (sample.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (sample.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (sample.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (isUtf8(sample))
        return QStringLiteral("UTF-8");
    uchardet_t detector = uchardet_new();
    QString charset;
    if (uchardet_handle_data(detector, sample.constData(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector);
        charset = QString::fromLatin1(uchardet_get_charset(detector)).toUpper();
    }
    uchardet_delete(detector);
    // Not UTF-8, and nothing uchardet knows: the most common single-byte encoding of spreadsheets.
    return charset.isEmpty() ? QStringLiteral("WINDOWS-1252") : charset;
}

QStringList encodingNames() {
    QStringList names;
    for (const ImportEncoding &encoding : ImportReader::encodings())
        names.append(encoding.name);
    return names;
}

bool looksLikeVCard(const QByteArray &start) {
    return start.trimmed().left(11).toUpper() == "BEGIN:VCARD";
}
} // namespace

QString ImportFormats::key(ImportFormat format) {
    return format == ImportFormat::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
}

std::optional<ImportFormat> ImportFormats::fromKey(const QString &key) {
    if (key == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (key == QLatin1String("vcard"))
        return ImportFormat::VCard;
    return std::nullopt;
}

ImportReader::ImportReader(std::unique_ptr<QIODevice> device, ImportFormat format)
    : m_device(std::move(device))
    , m_format(format) {}

Result<std::unique_ptr<ImportReader>>
ImportReader::openFile(const QString &path, std::optional<ImportFormat> format, const QString &encoding) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Kind::NotFound, tr("There is no file %1.").arg(shown(path))};
    if (!info.isFile())
        return Error{Error::Kind::Invalid, tr("%1 is not a file.").arg(shown(path))};
    if (info.size() == 0)
        return Error{Error::Kind::Invalid, tr("%1 is empty: there is nothing to import.").arg(shown(path))};
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("Cannot read %1: %2").arg(shown(path), file->errorString())};
    if (!format) {
        const QString suffix = info.suffix().toLower();
        format = suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard") ||
                         looksLikeVCard(file->peek(64))
                     ? ImportFormat::VCard
                     : ImportFormat::Csv;
    }
    if (info.size() > maxFileBytes(*format))
        return Error{Error::Kind::Invalid,
                     tr("%1 is %2 MB; an import reads files of up to %3 MB. Split it into smaller files and "
                        "import them one after the other.")
                         .arg(shown(path))
                         .arg(info.size() / (1024 * 1024))
                         .arg(maxFileBytes(*format) / (1024 * 1024))};
    Result<std::unique_ptr<ImportReader>> reader = fromDevice(std::move(file), *format, encoding);
    if (!reader)
        return Error{reader.error().kind, tr("%1: %2").arg(shown(path), reader.error().message)};
    reader.value()->m_path = path;
    return reader;
}

qint64 ImportReader::maxFileBytes(ImportFormat format) {
    return (format == ImportFormat::VCard ? 1024 : 512) * qint64(1024 * 1024);
}

Result<std::unique_ptr<ImportReader>> ImportReader::fromDevice(std::unique_ptr<QIODevice> device,
                                                               ImportFormat format, const QString &encoding) {
    std::unique_ptr<ImportReader> reader;
    if (format == ImportFormat::VCard)
        reader = std::make_unique<VCardReader>(std::move(device));
    else
        reader = std::make_unique<CsvReader>(std::move(device));
    if (const Status started = reader->start(encoding); !started)
        return started.error();
    if (const Status begun = reader->begin(); !begun)
        return begun.error();
    return reader;
}

QList<ImportEncoding> ImportReader::encodings() {
    return {
        {QStringLiteral("UTF-8"), tr("Unicode (UTF-8)")},
        {QStringLiteral("UTF-16LE"), tr("Unicode (UTF-16, little-endian: Excel's \"Unicode text\")")},
        {QStringLiteral("UTF-16BE"), tr("Unicode (UTF-16, big-endian)")},
        {QStringLiteral("WINDOWS-1252"), tr("Western European (Windows-1252)")},
        {QStringLiteral("ISO-8859-1"), tr("Western European (ISO-8859-1)")},
        {QStringLiteral("ISO-8859-15"), tr("Western European (ISO-8859-15, with €)")},
        {QStringLiteral("MACINTOSH"), tr("Western European (Mac Roman: Excel for Mac)")},
        {QStringLiteral("IBM850"), tr("Western European (DOS, code page 850)")},
        {QStringLiteral("WINDOWS-1250"), tr("Central European (Windows-1250)")},
        {QStringLiteral("ISO-8859-2"), tr("Central European (ISO-8859-2)")},
        {QStringLiteral("WINDOWS-1251"), tr("Cyrillic (Windows-1251)")},
        {QStringLiteral("KOI8-R"), tr("Cyrillic (KOI8-R)")},
        {QStringLiteral("WINDOWS-1253"), tr("Greek (Windows-1253)")},
        {QStringLiteral("WINDOWS-1254"), tr("Turkish (Windows-1254)")},
        {QStringLiteral("WINDOWS-1257"), tr("Baltic (Windows-1257)")},
    };
}

QString ImportReader::encodingLabel(const QString &encoding) {
    for (const ImportEncoding &offered : encodings()) {
        if (offered.name.compare(encoding, Qt::CaseInsensitive) == 0)
            return offered.label;
    }
    return encoding;
}

Status ImportReader::start(const QString &encoding) {
    const QByteArray sample = m_device->peek(SampleBytes);
    if (sample.isEmpty())
        return Error{Error::Kind::Invalid, tr("The file is empty: there is nothing to import.")};
    m_encoding = encoding.isEmpty() ? detectedEncoding(sample) : encoding.toUpper();
    if (!m_encoding.startsWith(QLatin1String("UTF-16")) && sample.contains('\0'))
        return Error{Error::Kind::Invalid,
                     encoding.isEmpty()
                         ? tr("This is not a text file: it holds binary data. Export the address book or "
                              "spreadsheet as CSV or vCard (.vcf) and import that file.")
                         : tr("In %1 this file reads as binary data (bytes of zero, as UTF-16 writes "
                              "them): choose another encoding.")
                               .arg(encodingLabel(m_encoding))};
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid())
        return Error{Error::Kind::Invalid,
                     encoding.isEmpty()
                         ? tr("The file is written in the encoding %1, which cannot be read here. Save it as "
                              "UTF-8 and import it again.")
                               .arg(m_encoding)
                         : tr("“%1” is not an encoding that can be read here. Choose one of: %2.")
                               .arg(encoding, encodingNames().join(QStringLiteral(", ")))};
    // The byte-order mark is not part of the first line.
    if (fill() && m_text.startsWith(QChar(0xFEFF)))
        m_offset = 1;
    return {};
}

bool ImportReader::fill() {
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_device->read(ChunkBytes);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_digest.addData(bytes);
    m_text.remove(0, m_offset);
    m_offset = 0;
    m_text.append(m_decoder.decode(bytes));
    return true;
}

Result<bool> ImportReader::readLine(QString *line) {
    qsizetype searched = m_offset;
    while (true) {
        qsizetype end = -1;
        for (qsizetype i = searched; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                end = i;
                break;
            }
        }
        // A CR at the end of the text read so far may be the first half of a CRLF: read on to know.
        if (end >= 0 && !(m_text.at(end) == QLatin1Char('\r') && end + 1 == m_text.size() && !m_atEnd)) {
            *line = m_text.mid(m_offset, end - m_offset);
            const bool crlf = m_text.at(end) == QLatin1Char('\r') && end + 1 < m_text.size() &&
                              m_text.at(end + 1) == QLatin1Char('\n');
            m_offset = end + (crlf ? 2 : 1);
            ++m_lineNumber;
            return true;
        }
        if (m_text.size() - m_offset > MaxLineChars)
            return Error{Error::Kind::Invalid,
                         tr("Line %1 is longer than %2 characters; address books and spreadsheets do not "
                            "write such lines. Is this really a CSV or vCard file?")
                             .arg(m_lineNumber + 1)
                             .arg(MaxLineChars)};
        // Search on where this search stopped, the last character again (a CR that may start a CRLF).
        const qsizetype searchedChars = std::max<qsizetype>(0, m_text.size() - m_offset - 1);
        if (!fill()) {
            if (m_offset >= m_text.size())
                return false;
            *line = m_text.mid(m_offset);
            if (line->endsWith(QLatin1Char('\r')))
                line->chop(1);
            m_offset = m_text.size();
            ++m_lineNumber;
            return true;
        }
        searched = m_offset + searchedChars;
    }
}

} // namespace bk
