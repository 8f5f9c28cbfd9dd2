// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <memory>
#include <optional>

namespace bk {

/// The kinds of file clients are imported from.
enum class ImportFormat { Csv, VCard };

namespace ImportFormats {
/// "csv" or "vcard", as --format takes them.
QString key(ImportFormat format);
std::optional<ImportFormat> fromKey(const QString &key);
} // namespace ImportFormats

/// One record of an import file: the line it starts on, its values (one per column of the reader's headers,
/// or more or fewer when the record is malformed) and what is wrong with it when the reader could tell.
struct ImportRow {
    qint64 line = 0;
    QStringList values;
    QString problem;
};

/// An encoding a file may be read in: its name as uchardet and QStringDecoder know it ("WINDOWS-1252"), and
/// how a person knows it ("Western European (Windows-1252)").
struct ImportEncoding {
    QString name;
    QString label;
};

/// Reads the records of an address book or spreadsheet export one at a time, in bounded memory however
/// long the file is. The text's encoding is the one chosen, or detected: a byte-order mark, UTF-8 when the
/// file's start is, else uchardet on the file's start.
class ImportReader {
    Q_DECLARE_TR_FUNCTIONS(ImportReader)
public:
    /// A line (or a CSV record) longer than this is refused: no address book writes one, and a binary or
    /// hostile file must not make the reader hold it in memory.
    static constexpr qint64 MaxLineChars = 1024 * 1024;
    /// Files larger than this are refused before reading. The plan keeps no row's text, only a few bytes
    /// per row (see ImportPlan), and reads the rows from the file again to show and write them: a 273 MB
    /// Google Contacts export of 3.2 million rows planned and imported in 346 MB peak, where holding every
    /// row as a client took about nine bytes of memory per byte of CSV (289 MB for 31.5 MB). The limits
    /// (and ImportPlan::MaxRows) keep a hostile file from growing even that without bound while a real
    /// export of a few hundred megabytes is read. A vCard file may be twice as large: address books export
    /// photos into it, which are skipped as they are read and take up most of such a file.
    static qint64 maxFileBytes(ImportFormat format);

    virtual ~ImportReader() = default;

    /// Opens the file at `path` as `format`, or as the format its name and start suggest, in `encoding`
    /// (a name encodings() lists, or any QStringDecoder knows), or in the encoding detected when empty.
    static Result<std::unique_ptr<ImportReader>>
    openFile(const QString &path, std::optional<ImportFormat> format = {}, const QString &encoding = {});
    /// Reads from `device` (open for reading) as `format`, in `encoding` as openFile() does.
    static Result<std::unique_ptr<ImportReader>>
    fromDevice(std::unique_ptr<QIODevice> device, ImportFormat format, const QString &encoding = {});
    /// The encodings offered to choose from when the one detected reads a file wrongly: Unicode, then the
    /// single-byte encodings of spreadsheets and address books in Europe and the Americas.
    static QList<ImportEncoding> encodings();
    /// How a person knows `encoding`: its label in encodings(), else its name.
    static QString encodingLabel(const QString &encoding);

    ImportFormat format() const { return m_format; }
    /// The file read, as openFile() was given it; empty when reading a device.
    QString path() const { return m_path; }
    /// The names of the columns: a CSV file's header row, a vCard's properties.
    virtual QStringList headers() const = 0;
    /// Reads the next record into `row`: false at the end of the file, an error when the file cannot be
    /// read on (a line too long, a read error).
    virtual Result<bool> next(ImportRow *row) = 0;
    /// The encoding the text was read in, e.g. "UTF-8" or "WINDOWS-1252".
    QString encoding() const { return m_encoding; }
    /// Bytes read so far and the device's size, for progress.
    qint64 bytesRead() const { return m_device->pos(); }
    qint64 size() const { return m_device->size(); }
    /// The SHA-256 of the bytes read so far: of the whole file once next() returned false.
    QByteArray digest() const { return m_digest.result(); }

protected:
    ImportReader(std::unique_ptr<QIODevice> device, ImportFormat format);
    /// Reads in `encoding`, or detects it from the device's first bytes when empty; an error for binary data
    /// and for an encoding that cannot be read.
    Status start(const QString &encoding);
    /// Reads what comes before the first record (a header row); called once after start().
    virtual Status begin() { return {}; }
    /// The next line without its line break, counting lines; false at the end. An error when it is longer
    /// than MaxLineChars.
    Result<bool> readLine(QString *line);
    /// The number of the line readLine() returned last (1-based).
    qint64 lineNumber() const { return m_lineNumber; }

private:
    /// Decodes the next chunk of the device into m_text; false at the end.
    bool fill();

    std::unique_ptr<QIODevice> m_device;
    QString m_path;
    ImportFormat m_format;
    QCryptographicHash m_digest{QCryptographicHash::Sha256};
    QString m_encoding;
    QStringDecoder m_decoder;
    QString m_text;
    qsizetype m_offset = 0;
    qint64 m_lineNumber = 0;
    bool m_atEnd = false;
};

} // namespace bk
