#include "ui/connection/migrationquestion.h"

#include "ui/widgets/questionbox.h"

using namespace Qt::StringLiterals;

namespace bc {

bool MigrationQuestion::ask(QWidget *parent, const QString &databaseName, int from, int to)
{
    const QuestionBox question {
        .objectName = u"migrationQuestion"_s,
        .title = tr("Update the Database?"),
        .text = tr("The database \"%1\" was last used by an older version of the console. To open it, this "
                   "console has to update its layout from version %2 to version %3, in one step.")
                    .arg(databaseName)
                    .arg(from)
                    .arg(to),
        .informativeText = tr("After the update, every other console that uses this database must be updated to "
                              "this version too; older consoles can no longer open it.\n\n"
                              "If you do not update, nothing in the database changes and it is not opened."),
        .act = {tr("&Update Database"), u"updateDatabase"_s},
        .keep = {tr("&Do Not Update"), u"doNotUpdate"_s},
    };
    return question.ask(parent);
}

} // namespace bc
