<?xml version="1.0" encoding="UTF-8"?>
<!-- Allowed: reads a code table inside its own folder. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><code><xsl:value-of select="document('codes.xml')/codes/code[@id='1']"/></code></xsl:template>
</xsl:stylesheet>
