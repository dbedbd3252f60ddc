"""What happens to an order, announced once by the order's ``EventHandler``: the one interface listeners use.

The order domain does not know who listens. Receivers run in the sender's
transaction, under its lock on the order row, so what they write commits (or
rolls back) with the change they hear about; a receiver that fails undoes the
change. Listeners connect in their app's ``ready()``:

* ``order_paid`` (``order``, ``paid_at``): the producers' ledger records what
  each line earns (``marketplace.ledger.apps``).
"""

import django.dispatch

order_paid = django.dispatch.Signal()
