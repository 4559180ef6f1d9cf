#ifndef HANDBOOK_CQRENCODE_SHIM_H
#define HANDBOOK_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
