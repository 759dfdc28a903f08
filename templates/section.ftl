<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title root=content.rootpath current=content.uri description=(content.description!content.summary!"")>
  <@layout.breadcrumbs/>
  <article class="document-part" data-number="${content.number}" data-uri="${content.uri}">
    <h1><#if content.number != content.title><span class="num">${content.number}.</span> </#if>${content.title}</h1>
    <@layout.page_contents/>
    <div class="text">${content.body?no_esc}</div>
    <#assign here = contents_tree?filter(e -> e.slug == content.slug)>
    <#assign children = here?has_content?then(here[0].children, [])>
    <#if children?has_content>
    <nav class="subsections" aria-labelledby="subsections-title">
      <h2 id="subsections-title">In this section</h2>
      <ol>
        <#list children as child>
        <li><a href="${content.rootpath}${child.uri}"><span class="num">${child.number}</span> ${child.title}</a></li>
        </#list>
      </ol>
    </nav>
    </#if>
  </article>
  <@layout.pager/>
</@layout.page>
