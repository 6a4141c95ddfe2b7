#pragma once

#include <QObject>

namespace bc {

class GroupTreeModel;
class MainWindow;

// The account list's saved filters in the window: applying one selects its group in the tree the
// way Go to anything does (MainWindow::selectGroup), or says in the status bar that the group is
// gone (deleted, or outside the operator's reach) while the rest of the filter applies. The list's
// messages ("Filter "Inactive" saved.") go to the status bar as well.
class SavedFilterGroupLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedFilterGroupLink)

public:
    SavedFilterGroupLink(MainWindow &window, GroupTreeModel &groups);

private:
    qint64 m_requested = 0; // the group a saved filter asked for, until the tree has answered
};

} // namespace bc
