#include "core/storage/connectioncheck.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>

namespace bc {

namespace {

// The nearest folder of `path` that exists (open() creates the missing ones below it).
QFileInfo nearestExistingFolder(const QString &path)
{
    QFileInfo folder(QFileInfo(path).absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath()); // the parent, as a path: cdUp() needs it to exist
    return folder;
}

} // namespace

Result<ConnectionCheck::Outcome> ConnectionCheck::run(const DatabaseAddress &address, const QString &password)
{
    if (!address.isServer() && !QFileInfo::exists(address.file)) {
        const QFileInfo folder = nearestExistingFolder(address.file);
        if (!folder.isDir() || !folder.isWritable())
            return fail(Error::Code::CannotOpen, QString(),
                        tr("A new database cannot be created in \"%1\": the folder cannot be written.")
                            .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
        return Outcome {Outcome::Kind::WillCreate, 0, Database::schemaVersion()};
    }

    Outcome migration;
    bool asked = false;
    Database::OpenOptions options;
    options.password = password;
    options.confirmMigration = [&migration, &asked](int from, int to) {
        asked = true;
        migration = {Outcome::Kind::WillMigrate, from, to};
        return false; // a test changes nothing
    };
    auto opened = Database::open(address, options);
    if (asked)
        return migration;
    if (!opened)
        return fail(opened.error());
    return Outcome {Outcome::Kind::Ready, Database::schemaVersion(), Database::schemaVersion()};
}

} // namespace bc
