// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

namespace bk::test {

CliRunner::CliRunner(const QString &home)
    : m_home(home)
    , m_environment(QProcessEnvironment::systemEnvironment()) {
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
}

QString CliRunner::programPath() {
    return QStringLiteral(BK_CLI_PATH);
}

QString CliRunner::dataFolder() const {
    return m_home + QStringLiteral("/data/boundary-keeper");
}

void CliRunner::setEnvironmentVariable(const QString &name, const QString &value) {
    m_environment.insert(name, value);
}

void CliRunner::setLauncher(const QStringList &launcher) {
    m_launcher = launcher;
}

void CliRunner::setFileSizeLimit(const qint64 bytes) {
    m_fileSizeLimit = bytes;
}

CliRunner::Output CliRunner::run(const QStringList &arguments) const {
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (m_fileSizeLimit > 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls. An ignored signal stays
        // ignored across exec, so writes past the limit fail with EFBIG instead of killing the program.
        const rlim_t limit = rlim_t(m_fileSizeLimit);
        process.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit fileSize{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &fileSize);
        });
    }
    process.setWorkingDirectory(m_home);
    if (m_launcher.isEmpty())
        process.start(programPath(), arguments);
    else
        process.start(m_launcher.first(), m_launcher.mid(1) + QStringList{programPath()} + arguments);
    Output output;
    if (!process.waitForStarted(30000)) {
        output.err = process.errorString();
        return output;
    }
    if (!m_input.isEmpty())
        process.write(m_input);
    process.closeWriteChannel();
    // Generous: large lists under a loaded machine; a hang still ends the test instead of blocking ctest.
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        output.err = QStringLiteral("the program did not finish");
        return output;
    }
    output.rawOut = process.readAllStandardOutput();
    output.out = QString::fromUtf8(output.rawOut);
    output.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit)
        output.exitCode = process.exitCode();
    return output;
}

CliRunner::Output CliRunner::run(const QString &database, const QStringList &arguments) const {
    return run(QStringList{QStringLiteral("--db"), database} + arguments);
}

QJsonDocument jsonOutput(const CliRunner::Output &output) {
    if (output.exitCode != 0 || !output.err.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("exit code %1: %2").arg(output.exitCode).arg(output.err)),
                     __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output.rawOut, &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(error.errorString() + QLatin1Char('\n') + output.out), __FILE__, __LINE__);
    return document;
}

QString refusalProblem(const CliRunner::Output &output, int exitCode, const QString &fragment) {
    const QStringList lines = output.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (output.exitCode != exitCode)
        return QStringLiteral("exit code %1 instead of %2: %3")
            .arg(output.exitCode)
            .arg(exitCode)
            .arg(output.err);
    if (!output.out.isEmpty())
        return QStringLiteral("something on stdout: ") + output.out;
    if (lines.size() != 1 || !output.err.endsWith(QLatin1Char('\n')))
        return QStringLiteral("%1 lines on stderr: %2").arg(lines.size()).arg(output.err);
    if (!lines.first().startsWith(QStringLiteral("boundary-keeper-cli: ")) ||
        !lines.first().contains(fragment))
        return QStringLiteral("“%1” is not in the error: %2").arg(fragment, output.err);
    // Wrong usage says, on the same line, where the right usage is shown.
    static const QRegularExpression seeHelp(
        QStringLiteral(" See “boundary-keeper-cli( [a-z-]+)* --help”\\.$"));
    if (exitCode == 2 && !seeHelp.match(lines.first()).hasMatch())
        return QStringLiteral("no pointer to the help: ") + output.err;
    return {};
}

QList<QStringList> parseCsv(const QString &text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return {}; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return {}; // RFC 4180 ends records with CRLF
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return {};
    if (fieldStarted || !field.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace bk::test
