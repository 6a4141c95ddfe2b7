#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bc {

// Asks before Database::open migrates an existing database of an older schema
// (OpenOptions::confirmMigration). Not updating is the default answer; declined, the database
// is left exactly as it was.
class MigrationQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(bc::MigrationQuestion)

public:
    static bool ask(QWidget *parent, const QString &databaseName, int from, int to);
};

} // namespace bc
