<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign description = content.description!"${content.title}: the full text, with numbered paragraphs, contents and search.">
<@layout.page title=content.title root=content.rootpath current=content.uri description=description>
  <article class="cover">
    <p class="kicker">White paper<#if content.part?? && content.parts??> · part ${content.part} of ${content.parts}</#if></p>
    <h1>${content.title}</h1>
    <dl class="metadata">
      <#if content.issuer??><dt>Issued by</dt><dd>${content.issuer}</dd></#if>
      <#if content.publisher??><dt>Published by</dt><dd>${content.publisher}<#if content.publication??> (${content.publication})</#if></dd></#if>
      <#if content.posted??><dt>Posted</dt><dd><time datetime="${content.posted}">${content.posted?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></#if>
      <#if content.updated??><dt>Updated</dt><dd><time datetime="${content.updated}">${content.updated?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></#if>
      <#if content.source_host??><dt>Source</dt><dd>${content.source_host}</dd></#if>
      <#if content.copyright??><dt>Copyright</dt><dd>${content.copyright}</dd></#if>
      <#if content.parts_held?? && content.parts??><dt>Parts held</dt><dd>Part<#if content.parts_held?size gt 1>s</#if> ${content.parts_held?join(", ")} of the ${content.parts} parts of the source</dd></#if>
      <#if content.standfirst??><dt>Summary on the source page</dt><dd>${content.standfirst}</dd></#if>
    </dl>
    <#if content.parts_missing?? && content.parts_missing?has_content><p class="parts-missing" role="note">Not yet in this edition: part<#if content.parts_missing?size gt 1>s</#if> ${content.parts_missing?join(", ")} of the ${content.parts} parts of the source. The contents below list only the parts held.</p></#if>
    <#if content.body?has_content><div class="text">${content.body?no_esc}</div></#if>
    <p class="cover-actions"><#if full_text><a class="button" href="${content.rootpath}full.html">Read the full text on one page</a> </#if><a href="${content.rootpath}about.html">About this edition</a></p>
    <section class="cover-contents" aria-labelledby="cover-contents-title">
      <h2 id="cover-contents-title">Contents</h2>
      <@layout.contents_list entries=contents_tree current="" root=content.rootpath panels=true expand_all=true/>
    </section>
  </article>
  <@layout.pager/>
</@layout.page>
