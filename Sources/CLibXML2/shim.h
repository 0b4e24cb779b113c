#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers would then include the system ICU headers,
   which clash with the ICU copy inside Foundation. lkjip never uses libxml2's ICU API. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
