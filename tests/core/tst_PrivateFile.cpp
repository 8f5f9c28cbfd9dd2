// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/PrivateFile.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace bk;

namespace {

/// Limits the size of files this process writes (RLIMIT_FSIZE) while it lives, so that a write fails as it
/// does on a full disk (EFBIG instead of ENOSPC, with SIGXFSZ ignored), then restores the limit.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_ok = getrlimit(RLIMIT_FSIZE, &m_previous) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_previous{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_ok = false;
};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// PrivateFile::save: private files, nothing half-written when the disk is full, never through a link.
class TestPrivateFile : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QStringList entries() const {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void savesAPrivateFileAndReplacesAnExistingOne() {
        const QString path = m_dir->filePath(QStringLiteral("f.ics"));
        QVERIFY(PrivateFile::save(QByteArrayLiteral("first"), path).ok());
        QVERIFY(PrivateFile::save(QByteArrayLiteral("second"), path).ok());
        QCOMPARE(contents(path), QByteArrayLiteral("second"));
        QCOMPARE(test::fileMode(path), 0600);
        QCOMPARE(entries(), QStringList{QStringLiteral("f.ics")});
    }

    // A write smaller than QFileDevice's buffer only fails when the buffer is flushed: Qt 6.4's commit()
    // then still put an empty or cut file in place and reported success.
    void aFailedWriteLeavesNoFile_data() {
        QTest::addColumn<int>("size");
        QTest::addRow("a write that only fills the buffer") << 4000;
        QTest::addRow("a write larger than the buffer") << 100000;
    }

    void aFailedWriteLeavesNoFile() {
        QFETCH(int, size);
        const QString path = m_dir->filePath(QStringLiteral("f.ics"));
        Status saved;
        {
            const FileSizeLimit limit(1000);
            QVERIFY(limit.ok());
            saved = PrivateFile::save(QByteArray(size, 'x'), path);
        }
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Io);
        QVERIFY2(saved.error().message.startsWith(path + QStringLiteral(" could not be saved: ")),
                 qPrintable(saved.error().message));
        QVERIFY2(saved.error().message.contains(QStringLiteral("too large")),
                 qPrintable(saved.error().message));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(), QStringList());
    }

    void aFailedWriteKeepsTheFileThatWasThere() {
        const QString path = m_dir->filePath(QStringLiteral("f.ics"));
        QVERIFY(PrivateFile::save(QByteArrayLiteral("the previous export"), path).ok());
        Status saved;
        {
            const FileSizeLimit limit(1000);
            QVERIFY(limit.ok());
            saved = PrivateFile::save(QByteArray(4000, 'x'), path);
        }
        QVERIFY(!saved.ok());
        QCOMPARE(contents(path), QByteArrayLiteral("the previous export"));
        QCOMPARE(entries(), QStringList{QStringLiteral("f.ics")});
    }

    // A file written in parts is never held whole; parts that fail half-way leave what was there before.
    void savesAFileInParts() {
        const QString path = m_dir->filePath(QStringLiteral("f.csv"));
        const auto parts = [](int count, bool fail) {
            return [count, fail](const std::function<Status(const QByteArray &)> &append) -> Status {
                for (int i = 0; i < count; ++i) {
                    if (Status appended = append(QByteArray::number(i) + '\n'); !appended)
                        return appended;
                }
                if (fail)
                    return Error{Error::Kind::Invalid, QStringLiteral("the source changed")};
                return {};
            };
        };
        QVERIFY(PrivateFile::save(parts(3, false), path).ok());
        QCOMPARE(contents(path), QByteArrayLiteral("0\n1\n2\n"));
        QCOMPARE(test::fileMode(path), 0600);
        const Status failed = PrivateFile::save(parts(5, true), path);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("the source changed"));
        QCOMPARE(contents(path), QByteArrayLiteral("0\n1\n2\n"));
        QCOMPARE(entries(), QStringList{QStringLiteral("f.csv")});
        Status tooLarge;
        {
            const FileSizeLimit limit(1000);
            QVERIFY(limit.ok());
            tooLarge = PrivateFile::save(parts(1000, false), path);
        }
        QVERIFY(!tooLarge.ok());
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("too large")),
                 qPrintable(tooLarge.error().message));
        QCOMPARE(contents(path), QByteArrayLiteral("0\n1\n2\n"));
        QCOMPARE(entries(), QStringList{QStringLiteral("f.csv")});
    }

    // QSaveFile writes where a link points, even a dangling one: a file the user did not name would be
    // created or replaced, and the link left as it was.
    void aSymbolicLinkIsRefused_data() {
        QTest::addColumn<bool>("targetExists");
        QTest::addRow("a link to a file") << true;
        QTest::addRow("a dangling link") << false;
    }

    void aSymbolicLinkIsRefused() {
        QFETCH(bool, targetExists);
        const QString target = m_dir->filePath(QStringLiteral("elsewhere.ics"));
        const QString link = m_dir->filePath(QStringLiteral("f.ics"));
        if (targetExists)
            QVERIFY(PrivateFile::save(QByteArrayLiteral("kept"), target).ok());
        QVERIFY(QFile::link(target, link));

        const Status checked = PrivateFile::checkTarget(link);
        QVERIFY(!checked.ok());
        const Status saved = PrivateFile::save(QByteArrayLiteral("new"), link);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Invalid);
        QCOMPARE(saved.error().message,
                 link + QStringLiteral(" is a symbolic link; name a file, not a link."));
        QCOMPARE(checked.error().message, saved.error().message);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(QFileInfo::exists(target), targetExists);
        if (targetExists)
            QCOMPARE(contents(target), QByteArrayLiteral("kept"));
        QVERIFY(PrivateFile::checkTarget(target).ok());
    }
};

QTEST_MAIN(TestPrivateFile)
#include "tst_PrivateFile.moc"
