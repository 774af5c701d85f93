//! A stable sort for the short lists of the rules (a dozen items at most).
//!
//! The standard library's stable sort is a few kilobytes of wasm for every element
//! type it is used with; the widget is loaded over weak mobile connections, and for
//! lists this short an insertion sort is just as fast.

/// Sorts `liste` stably by `schluessel`, ascending.
pub fn nach<T, K: Ord>(liste: &mut [T], schluessel: impl Fn(&T) -> K) {
    for i in 1..liste.len() {
        let mut j = i;
        while j > 0 && schluessel(&liste[j]) < schluessel(&liste[j - 1]) {
            liste.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::nach;

    #[test]
    fn sorts_ascending_and_keeps_the_order_of_equal_keys() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        nach(&mut v, |x| x.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut leer: Vec<u8> = vec![];
        nach(&mut leer, |x| *x);
        assert!(leer.is_empty());
    }
}
