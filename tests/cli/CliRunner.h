// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QJsonDocument>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace bk::test {

/// Runs the built boundary-keeper-cli with a private home (data, configuration and cache folders inside
/// `home`), so a test never touches the real user's files.
class CliRunner {
public:
    struct Output {
        int exitCode = -1; ///< -1 when the program crashed or did not finish
        QString out;
        QString err;
        QByteArray rawOut;
    };

    explicit CliRunner(const QString &home);

    Output run(const QStringList &arguments) const;
    /// Runs with --db `database` before the arguments.
    Output run(const QString &database, const QStringList &arguments) const;

    /// What the program reads on its standard input (nothing, by default).
    void setStandardInput(const QByteArray &input);
    /// Changes one variable of the program's environment, e.g. the locale.
    void setEnvironmentVariable(const QString &name, const QString &value);
    /// Runs the program through `launcher`, a command and its first arguments (the program's path and
    /// arguments follow them), e.g. to give it a mount namespace of its own.
    void setLauncher(const QStringList &launcher);

    /// Limits the size of the files the program may write (RLIMIT_FSIZE, with SIGXFSZ ignored) so that a
    /// write past `bytes` fails as on a full disk (EFBIG instead of ENOSPC); 0 lifts the limit. SQLite must
    /// not need to grow a file past it: keep a connection to the database open meanwhile, so its WAL index
    /// already exists.
    void setFileSizeLimit(qint64 bytes);
    /// What the program reads on its standard input (nothing by default: it is closed at once).
    void setInput(const QByteArray &input) { m_input = input; }

    QString dataFolder() const;
    static QString programPath();

private:
    QString m_home;
    QProcessEnvironment m_environment;
    QStringList m_launcher;
    qint64 m_fileSizeLimit = 0;
    QByteArray m_input;
};

/// The JSON a command printed; fails the calling test (and returns an empty document) when the command
/// failed, wrote to stderr or printed something that is not JSON.
QJsonDocument jsonOutput(const CliRunner::Output &output);

/// What is wrong with a refusal: empty when the command exited with `exitCode`, printed nothing on stdout
/// and said `fragment` in exactly one line on stderr starting with the program's name (ending, for wrong
/// usage, exit code 2, with the command whose help shows the right usage).
QString refusalProblem(const CliRunner::Output &output, int exitCode, const QString &fragment);

/// The records of an RFC 4180 text; fields keep quotes, commas and line breaks; empty on malformed input.
QList<QStringList> parseCsv(const QString &text);

} // namespace bk::test
