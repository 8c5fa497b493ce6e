//! The module's memory allocator: one free list per power-of-two block size.
//!
//! Why not the standard library's dlmalloc: it is 8 KB of the module's code, and the
//! engine needs none of what that buys. An assessment makes many short-lived small
//! allocations and frees them all before it returns, so blocks of the sizes it used
//! are what the next call asks for again. Here every request is rounded up to a power
//! of two; a freed block goes on its size's list and is handed out again for the next
//! request of that size, in a few instructions. Blocks are never split or merged, so
//! the memory held is, per size, the most blocks ever live at once; it stops growing
//! after the first calls of a kind (BENCHMARKS.md measures it).
//!
//! Every block is aligned to its own size, which satisfies any alignment a request of
//! that size can ask for. New memory comes from `memory.grow` and is cut from the end
//! of the last region; the gap that aligning a large block leaves is cut into smaller
//! aligned blocks and put on their lists, so nothing is lost.
//!
//! Single-threaded: a `wasm32-unknown-unknown` module without the atomics feature has
//! one thread, so the state needs no lock.

#![expect(unsafe_code, reason = "a global allocator hands out raw memory; this is the crate's only unsafe code")]

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr;

/// The size of a WebAssembly memory page.
const PAGE: usize = 65_536;
/// Memory is grown by at least this many pages (128 KiB) at a time: few growths, and
/// little memory held beyond what the blocks need.
const GROW_PAGES: usize = 2;
/// The log2 of the smallest block: 8 bytes, room for the free list's link.
const SMALLEST: u32 = 3;
/// One list per log2 of a block size (a 32-bit address space).
const SIZES: usize = usize::BITS as usize;

/// The allocator the module is built with (`#[global_allocator]` in `wasm/mod.rs`).
pub struct Heap {
    state: UnsafeCell<State>,
}

struct State {
    /// The first free block of each size (by log2), linked through their first word.
    free: [*mut u8; SIZES],
    /// The start of the memory never handed out yet.
    next: usize,
    /// The end of that memory (the end of the module's memory after the last growth).
    end: usize,
}

// SAFETY: the module runs on one thread (see the module documentation).
unsafe impl Sync for Heap {}

impl Heap {
    /// An empty heap: its first allocation grows the memory.
    pub const fn new() -> Heap {
        Heap { state: UnsafeCell::new(State { free: [ptr::null_mut(); SIZES], next: 0, end: 0 }) }
    }
}

/// The log2 of the block that holds `layout`: its size and alignment rounded up to a
/// power of two, at least 8 bytes.
fn size_class(layout: Layout) -> u32 {
    let size = layout.size().max(layout.align()).max(1 << SMALLEST);
    usize::BITS - (size - 1).leading_zeros()
}

impl State {
    /// Puts the block at `address` of size `1 << class` on its list.
    ///
    /// SAFETY: the caller owns the block, which is aligned to its size and at least 8
    /// bytes, and hands it over.
    unsafe fn push(&mut self, address: usize, class: u32) {
        let Some(head) = self.free.get_mut(class as usize) else { return };
        let block = address as *mut *mut u8;
        // SAFETY: the block is the caller's, aligned and large enough for a pointer.
        unsafe { block.write(*head) };
        *head = block.cast();
    }

    /// Takes a block of size `1 << class` off its list, if there is one.
    ///
    /// SAFETY: every block on the lists was put there by `push`.
    unsafe fn pop(&mut self, class: u32) -> Option<*mut u8> {
        let head = self.free.get_mut(class as usize)?;
        let block = *head;
        if block.is_null() {
            return None;
        }
        // SAFETY: a listed block holds the link `push` wrote.
        *head = unsafe { block.cast::<*mut u8>().read() };
        Some(block)
    }

    /// Cuts `[from, to)` (both multiples of 8) into the largest blocks aligned to their
    /// size and lists them.
    ///
    /// SAFETY: the range is memory no one else holds.
    unsafe fn list_range(&mut self, mut from: usize, to: usize) {
        while from < to {
            let mut class = from.trailing_zeros().min(usize::BITS - 1);
            while class > SMALLEST && (1 << class) > to - from {
                class -= 1;
            }
            // SAFETY: the block lies inside the range, which the caller hands over.
            unsafe { self.push(from, class) };
            from += 1 << class;
        }
    }

    /// A new block of size `1 << class`, cut from memory never handed out (grown if
    /// needed); null if the memory cannot grow.
    ///
    /// SAFETY: `next..end` is memory no one holds.
    unsafe fn carve(&mut self, class: u32) -> *mut u8 {
        // A size past the address space (a caller breaking the layout contract) fails.
        let Some(size) = 1usize.checked_shl(class) else { return ptr::null_mut() };
        loop {
            let Some(start) = self.next.checked_next_multiple_of(size) else { return ptr::null_mut() };
            if start.checked_add(size).is_some_and(|block_end| block_end <= self.end) {
                // SAFETY: the gap before the block is unheld memory.
                unsafe { self.list_range(self.next, start) };
                self.next = start + size;
                return start as *mut u8;
            }
            let pages = size.div_ceil(PAGE).max(GROW_PAGES);
            let previous = wasm32::memory_grow(0, pages);
            if previous == usize::MAX {
                return ptr::null_mut();
            }
            let (Some(base), Some(grown)) = (previous.checked_mul(PAGE), pages.checked_mul(PAGE)) else {
                return ptr::null_mut();
            };
            let Some(end) = base.checked_add(grown) else { return ptr::null_mut() };
            if base != self.end {
                // Memory grew elsewhere (or this is the first growth): what is left of
                // the old region is listed, and the new one starts at its base.
                // SAFETY: the rest of the old region is unheld memory.
                unsafe { self.list_range(self.next, self.end) };
                self.next = base;
            }
            self.end = end;
        }
    }
}

// SAFETY: blocks are handed out once until freed (each is either on one list or held
// by one caller), and each is at least as large and as aligned as its layout.
unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let class = size_class(layout);
        // SAFETY: one thread, and no call re-enters the allocator.
        let state = unsafe { &mut *self.state.get() };
        // SAFETY: the lists hold only blocks `push` put there; `next..end` is unheld.
        unsafe { state.pop(class).unwrap_or_else(|| state.carve(class)) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: one thread, and no call re-enters the allocator.
        let state = unsafe { &mut *self.state.get() };
        // SAFETY: the caller hands back a block `alloc` gave for this layout.
        unsafe { state.push(block as usize, size_class(layout)) };
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size`, rounded up to the alignment, fits.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if size_class(new_layout) == size_class(layout) {
            return block;
        }
        // SAFETY: as for `alloc` and `dealloc`; the two blocks are distinct.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}
