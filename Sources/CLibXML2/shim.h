#ifndef EVIDENT_CLIBXML2_SHIM_H
#define EVIDENT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its headers then clash with Foundation's
// ('UErrorCode' has different definitions). Evident never needs libxml2's ICU bits.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/// `xmlFree` is a global function pointer that Swift 6 cannot call; this wraps it.
static inline void evident_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
