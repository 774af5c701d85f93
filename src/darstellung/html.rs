//! A small HTML writer for the parts of the page that are read, not edited
//! (the result, the contact card).
//!
//! Why not Leptos views there: every distinct `view!` tree is compiled into its own
//! rendering code, and the result page alone has dozens. Written as text by pure
//! Rust, the same page costs a fraction of the download, can be tested natively, and
//! the browser parses it in one go. Everything that comes from an answer or the data
//! passes through `text` or an attribute value and is escaped.

#[derive(Default)]
pub struct Html {
    puffer: String,
}

impl Html {
    pub fn neu() -> Html {
        Html::default()
    }

    /// Opens `<tag a="…" …>`. Attributes with an empty name are left out, so optional
    /// attributes can be written inline.
    pub fn auf(&mut self, tag: &str, attribute: &[(&str, &str)]) -> &mut Html {
        self.puffer.push('<');
        self.puffer.push_str(tag);
        for (name, wert) in attribute {
            if name.is_empty() {
                continue;
            }
            self.puffer.push(' ');
            self.puffer.push_str(name);
            self.puffer.push_str("=\"");
            maskieren(&mut self.puffer, wert);
            self.puffer.push('"');
        }
        self.puffer.push('>');
        self
    }

    pub fn zu(&mut self, tag: &str) -> &mut Html {
        self.puffer.push_str("</");
        self.puffer.push_str(tag);
        self.puffer.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Html {
        maskieren(&mut self.puffer, text);
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attribute: &[(&str, &str)], text: &str) -> &mut Html {
        self.auf(tag, attribute).text(text).zu(tag)
    }

    pub fn fertig(self) -> String {
        self.puffer
    }
}

fn maskieren(ziel: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => ziel.push_str("&amp;"),
            '<' => ziel.push_str("&lt;"),
            '>' => ziel.push_str("&gt;"),
            '"' => ziel.push_str("&quot;"),
            '\'' => ziel.push_str("&#39;"),
            c => ziel.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Html;

    #[test]
    fn escapes_text_and_attributes_and_skips_unnamed_attributes() {
        let mut h = Html::neu();
        h.auf("p", &[("class", "a\"b"), ("", "weg")]).text("<script>alert('x')</script> & co").zu("p");
        assert_eq!(h.fertig(), "<p class=\"a&quot;b\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</p>");
    }
}
