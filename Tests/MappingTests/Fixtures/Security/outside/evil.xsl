<?xml version="1.0" encoding="UTF-8"?>
<!-- Lies outside the mapping folder: must never be included. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="evil"><evil/></xsl:template>
</xsl:stylesheet>
