#ifndef UNIPASS_CLIBXML2_SHIM_H
#define UNIPASS_CLIBXML2_SHIM_H
// libxml2 as the XMLSupport module sees it. Only headers; what Swift cannot import
// (function-like macros, globals) is wrapped in small inline functions here.
// libxml2 on Debian is built with ICU, and its encoding.h then includes the system ICU headers,
// which clash with the ICU copy inside Foundation. No Swift code touches the ICU members of
// libxml2's encoding structs (they sit at the end of xmlCharEncodingHandler), so ICU is hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/schemasInternals.h>
#include <libxml/hash.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/c14n.h>
#include <libxml/xmlIO.h>
#include <libxml/uri.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlmemory.h>
#include <stdarg.h>
#include <stdio.h>

/// A non-variadic receiver for libxml2/libxslt printf-style error messages (Swift cannot
/// implement C variadic functions). Install with `unipass_generic_error_trampoline` as the
/// handler and the sink itself as the handler's context pointer.
typedef void (*unipass_message_sink)(const char *message);

/// printf-style error handler that formats the message and passes it to the sink given as `ctx`.
static inline void unipass_generic_error_trampoline(void *ctx, const char *msg, ...) {
    if (ctx == NULL || msg == NULL) return;
    char buffer[2048];
    va_list args;
    va_start(args, msg);
    vsnprintf(buffer, sizeof buffer, msg, args);
    va_end(args);
    ((unipass_message_sink)ctx)(buffer);
}

/// The trampoline as a function pointer of the type libxml2 expects.
static inline xmlGenericErrorFunc unipass_generic_error_handler(void) {
    return unipass_generic_error_trampoline;
}

/// A sink as the opaque context pointer the trampoline receives.
static inline void *unipass_sink_context(unipass_message_sink sink) {
    return (void *)sink;
}
/// `xmlFree` is a global function pointer variable, which Swift 6 cannot read safely.
static inline void unipass_xml_free(void *pointer) {
    xmlFree(pointer);
}
#endif
