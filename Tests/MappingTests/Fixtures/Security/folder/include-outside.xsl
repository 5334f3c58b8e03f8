<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile: includes a stylesheet outside its folder. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../outside/evil.xsl"/>
  <xsl:template match="/"><ok/></xsl:template>
</xsl:stylesheet>
