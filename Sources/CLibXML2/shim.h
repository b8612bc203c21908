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
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/dict.h>
#include <zlib.h>

/// `xmlFree` is a global function pointer that Swift 6 cannot call; this wraps it.
static inline void evident_xmlFree(void *pointer) { xmlFree(pointer); }

/// Prepares `stream` to inflate gzip data (one member at a time: `inflateReset` starts the
/// next); `Z_OK` on success. `inflateInit2` is a macro, which Swift cannot call.
static inline int evident_inflateInitGzip(z_stream *stream) {
    stream->zalloc = Z_NULL;
    stream->zfree = Z_NULL;
    stream->opaque = Z_NULL;
    stream->next_in = Z_NULL;
    stream->avail_in = 0;
    return inflateInit2(stream, 16 + MAX_WBITS);
}

/// The current line of a parser (1-based), 0 when unknown.
static inline int evident_parserLine(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}
/// The current column of a parser (1-based), 0 when unknown.
static inline int evident_parserColumn(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->col : 0;
}

#endif
