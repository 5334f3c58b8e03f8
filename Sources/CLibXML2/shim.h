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
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/c14n.h>
#include <libxml/xmlIO.h>
#include <libxml/uri.h>
#include <libxml/xmlstring.h>
#include <libxml/xmlmemory.h>
#endif
