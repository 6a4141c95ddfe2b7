#pragma once

#include "invocation.h"

#include "account.h"
#include "error.h"

#include <QCoreApplication>
#include <QList>

namespace bc::cli {

// Reads the options of `account add` into an AccountDraft. Every value is parsed by core
// (Quotas::parseLimit, AccountText::*FromKey); whatever it refuses comes back with the draft.
class AccountDraftReader
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::AccountDraftReader)

public:
    struct Draft
    {
        AccountDraft draft;
        QList<Error> errors; // values the options could not give; their fields keep the defaults
    };
    static Draft read(const Invocation &invocation);

private:
    static void readQuotas(const Invocation &invocation, bool overage, Quotas &quotas, QList<Error> &errors);
};

} // namespace bc::cli
