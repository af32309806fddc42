#!/bin/sh
# Started by the web shell's print engine in place of Chromium (Linux, where
# util-linux's setpriv exists). The kernel kills this Chromium the moment the
# shell that started it dies, even by kill -9, instead of Chromium noticing its
# closed DevTools pipe seconds later and lingering until then.
exec setpriv --pdeathsig KILL -- "$RECEPTION_CHROMIUM" "$@"
