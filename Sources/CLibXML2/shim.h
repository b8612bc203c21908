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
#include <libxml/dict.h>
#include <zlib.h>

/// `xmlFree` is a global function pointer that Swift 6 cannot call; this wraps it.
static inline void evident_xmlFree(void *pointer) { xmlFree(pointer); }

/// `gzFile` is an opaque pointer typedef that Swift imports awkwardly; these keep it opaque.
static inline void *evident_gzdopen(int fd) { return (void *)gzdopen(fd, "rb"); }
/// Sets zlib's internal buffer size; call before the first read.
static inline int evident_gzbuffer(void *file, unsigned size) { return gzbuffer((gzFile)file, size); }
/// Reads up to `length` uncompressed bytes; -1 on error, 0 at end of file.
static inline int evident_gzread(void *file, void *buffer, unsigned length) {
    return gzread((gzFile)file, buffer, length);
}
/// The last zlib error message (never NULL), and its code in `*code`.
static inline const char *evident_gzerror(void *file, int *code) {
    const char *message = gzerror((gzFile)file, code);
    return message ? message : "";
}
/// Closes the file (and its descriptor).
static inline int evident_gzclose(void *file) { return gzclose((gzFile)file); }

/// The current line of a parser (1-based), 0 when unknown.
static inline int evident_parserLine(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}
/// The current column of a parser (1-based), 0 when unknown.
static inline int evident_parserColumn(xmlParserCtxtPtr ctxt) {
    return (ctxt && ctxt->input) ? ctxt->input->col : 0;
}

#endif
