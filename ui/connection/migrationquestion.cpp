#include "ui/connection/migrationquestion.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bc {

bool MigrationQuestion::ask(QWidget *parent, const QString &databaseName, int from, int to)
{
    QMessageBox box(QMessageBox::Question, tr("Update the Database?"),
                    tr("The database \"%1\" was last used by an older version of the console. To open it, this "
                       "console has to update its layout from version %2 to version %3, in one step.")
                        .arg(databaseName)
                        .arg(from)
                        .arg(to),
                    QMessageBox::NoButton, parent);
    box.setObjectName(u"migrationQuestion"_s);
    box.setInformativeText(tr("After the update, every other console that uses this database must be updated to "
                              "this version too; older consoles can no longer open it.\n\n"
                              "If you do not update, nothing in the database changes and it is not opened."));
    QPushButton *update = box.addButton(tr("&Update Database"), QMessageBox::AcceptRole);
    update->setObjectName(u"updateDatabase"_s);
    QPushButton *keep = box.addButton(tr("&Do Not Update"), QMessageBox::RejectRole);
    keep->setObjectName(u"doNotUpdate"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == update;
}

} // namespace bc
