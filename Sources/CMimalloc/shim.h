#ifndef HANDBOOK_CMIMALLOC_SHIM_H
#define HANDBOOK_CMIMALLOC_SHIM_H
#include <mimalloc.h>
#endif
