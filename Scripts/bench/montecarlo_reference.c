/* The tight single-core C loop that Scripts/bench-montecarlo.sh compares reckon with.
 *
 * Same generator, seeding, normal method and arithmetic as Sources/Estimates/Sampling:
 * xoshiro256** seeded per 65,536-draw chunk from (seed, chunk) through SplitMix64, a
 * 256-layer ziggurat for normals, lognormals as exp(mu + sigma z), the mixture component
 * picked by one uniform against running weight sums, and per-chunk moments merged in chunk
 * order. With the same seed it prints the same mean as `reckon-bench mixture --threads 1`,
 * bit for bit.
 *
 *   gcc -O2 -o montecarlo_reference montecarlo_reference.c -lm
 *   ./montecarlo_reference [n] [repeats] [seed]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CHUNK 65536

typedef struct { uint64_t s0, s1, s2, s3; } xoshiro;

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void seed_stream(xoshiro *g, uint64_t seed, uint64_t stream) {
    uint64_t state = mix(seed ^ 0x6A09E667F3BCC909ULL) + stream * 0xD1B54A32D192ED03ULL;
    state += 0x9E3779B97F4A7C15ULL; g->s0 = mix(state);
    state += 0x9E3779B97F4A7C15ULL; g->s1 = mix(state);
    state += 0x9E3779B97F4A7C15ULL; g->s2 = mix(state);
    state += 0x9E3779B97F4A7C15ULL; g->s3 = mix(state);
    if ((g->s0 | g->s1 | g->s2 | g->s3) == 0) g->s0 = 1;
}

static inline uint64_t next(xoshiro *g) {
    uint64_t result = rotl(g->s1 * 5, 7) * 9;
    uint64_t t = g->s1 << 17;
    g->s2 ^= g->s0; g->s3 ^= g->s1; g->s1 ^= g->s2; g->s0 ^= g->s3; g->s2 ^= t;
    g->s3 = rotl(g->s3, 45);
    return result;
}

static inline double unit(xoshiro *g) { return (double)(next(g) >> 11) * 0x1p-53; }
static inline double open_unit(xoshiro *g) { return ((double)(next(g) >> 12) + 0.5) * 0x1p-52; }

static const double R = 3.6541528853610088, V = 0.00492867323399;
static double X[257], F[257];

static void ziggurat_init(void) {
    X[0] = V / exp(-0.5 * R * R);
    X[1] = R;
    for (int i = 2; i < 256; i++) X[i] = sqrt(-2 * log(V / X[i - 1] + exp(-0.5 * X[i - 1] * X[i - 1])));
    X[256] = 0;
    for (int i = 0; i <= 256; i++) F[i] = exp(-0.5 * X[i] * X[i]);
}

static double normal_slow(xoshiro *g, int layer, double z, double u, int *ok) {
    if (layer == 0) {
        double x, y;
        do { x = -log(open_unit(g)) / R; y = -log(open_unit(g)); } while (2 * y < x * x);
        *ok = 1;
        return u < 0 ? -(R + x) : R + x;
    }
    double height = F[layer + 1] + (F[layer] - F[layer + 1]) * unit(g);
    *ok = height < exp(-0.5 * z * z);
    return z;
}

static inline double normal(xoshiro *g) {
    for (;;) {
        uint64_t bits = next(g);
        int layer = (int)(bits & 0xFF);
        double u = (double)((int64_t)bits >> 11) * 0x1p-52;
        double z = u * X[layer];
        if (fabs(z) < X[layer + 1]) return z;
        int ok = 0;
        double value = normal_slow(g, layer, z, u, &ok);
        if (ok) return value;
    }
}

/* mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1]); kind 0 = point, 1 = lognormal. */
static int kind[4] = {0, 0, 1, 1};
static double a[4], b[4], cumulative[4];

static void model_init(void) {
    const double z95 = 1.6448536269514722;
    double weights[4] = {0.6, 0.2, 0.1, 0.1};
    double lows[4] = {0, 1, 1, 2}, highs[4] = {0, 1, 3, 10};
    for (int k = 0; k < 4; k++) {
        if (kind[k] == 0) { a[k] = lows[k]; b[k] = 0; }
        else {
            double ll = log(lows[k]), lh = log(highs[k]);
            a[k] = (ll + lh) / 2;
            b[k] = (lh - ll) / (2 * z95);
        }
    }
    double total = 0, sum = 0;
    for (int k = 0; k < 4; k++) total += weights[k];
    for (int k = 0; k < 4; k++) { sum += weights[k]; cumulative[k] = sum / total; }
    cumulative[3] = 1;
}

typedef struct { long count; double mean, squares, min, max; } moments;

static void merge(moments *m, moments o) {
    if (o.count == 0) return;
    if (m->count == 0) { *m = o; return; }
    long total = m->count + o.count;
    double delta = o.mean - m->mean, weight = (double)o.count / (double)total;
    m->mean += delta * weight;
    m->squares += o.squares + delta * delta * (double)m->count * weight;
    m->count = total;
    if (o.min < m->min) m->min = o.min;
    if (o.max > m->max) m->max = o.max;
}

static moments run(long n, uint64_t seed, double *buffer) {
    moments total = {0, 0, 0, INFINITY, -INFINITY};
    long chunks = (n + CHUNK - 1) / CHUNK;
    for (long c = 0; c < chunks; c++) {
        long start = c * CHUNK, count = n - start < CHUNK ? n - start : CHUNK;
        xoshiro g;
        seed_stream(&g, seed, (uint64_t)c);
        for (long i = 0; i < count; i++) {
            double u = unit(&g);
            int k = 0;
            while (k < 3 && u >= cumulative[k]) k++;
            buffer[i] = kind[k] == 0 ? a[k] : exp(a[k] + b[k] * normal(&g));
        }
        double sum = 0, lo = buffer[0], hi = buffer[0];
        for (long i = 0; i < count; i++) {
            sum += buffer[i];
            lo = fmin(lo, buffer[i]);
            hi = fmax(hi, buffer[i]);
        }
        double mean = sum / (double)count, squares = 0;
        for (long i = 0; i < count; i++) { double d = buffer[i] - mean; squares += d * d; }
        moments chunk = {count, mean, squares, lo, hi};
        merge(&total, chunk);
    }
    return total;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

static int compare(const void *x, const void *y) {
    double p = *(const double *)x, q = *(const double *)y;
    return (p > q) - (p < q);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? (long)atof(argv[1]) : 1000000;
    int repeats = argc > 2 ? atoi(argv[2]) : 21;
    uint64_t seed = argc > 3 ? strtoull(argv[3], 0, 10) : 1;
    ziggurat_init();
    model_init();
    double *buffer = malloc(sizeof(double) * CHUNK);
    double *times = malloc(sizeof(double) * repeats);
    moments m = {0};
    for (int r = 0; r < repeats; r++) {
        double start = now_ms();
        m = run(n, seed, buffer);
        times[r] = now_ms() - start;
    }
    qsort(times, repeats, sizeof(double), compare);
    double median = times[repeats / 2];
    printf("model=mixture n=%ld threads=1 median_ms=%.6f ns_per_draw=%.4f mean=%.17g sd=%.17g\n", n, median,
           median * 1e6 / (double)n, m.mean, m.count > 1 ? sqrt(m.squares / (double)(m.count - 1)) : 0.0);
    free(buffer);
    free(times);
    return 0;
}
