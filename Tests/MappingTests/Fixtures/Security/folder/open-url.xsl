<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile: fetches a URL with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><fetched><xsl:copy-of select="document('http://127.0.0.1:1/secret.xml')"/></fetched></xsl:template>
</xsl:stylesheet>
